import java.io.File;
import java.util.List;
import java.util.Map;

import org.eclipse.emf.codegen.ecore.generator.Generator;
import org.eclipse.emf.codegen.ecore.generator.GeneratorAdapterFactory;
import org.eclipse.emf.codegen.ecore.genmodel.GenModel;
import org.eclipse.emf.codegen.ecore.genmodel.GenModelPackage;
import org.eclipse.emf.codegen.ecore.genmodel.generator.GenBaseGeneratorAdapter;
import org.eclipse.emf.codegen.ecore.genmodel.generator.GenModelGeneratorAdapterFactory;
import org.eclipse.emf.common.util.BasicMonitor;
import org.eclipse.emf.common.util.Diagnostic;
import org.eclipse.emf.common.util.URI;
import org.eclipse.emf.ecore.plugin.EcorePlugin;
import org.eclipse.emf.ecore.resource.Resource;
import org.eclipse.emf.ecore.resource.ResourceSet;
import org.eclipse.emf.ecore.resource.impl.ResourceSetImpl;
import org.eclipse.emf.ecore.xmi.impl.EcoreResourceFactoryImpl;

/**
 * Runs EMF's own code generator headless, so that the Ecore stays the single source of truth and
 * no generated file is ever committed. Usage:
 * {@code GenerateEmfCode <genmodel> <project-dir> <model|edit>}; the project directory receives
 * {@code java/} plus the plugin descriptors EMF writes beside it.
 */
public final class GenerateEmfCode {

    public static void main(String[] args) {
        if (args.length != 3) {
            System.err.println("usage: GenerateEmfCode <genmodel> <project-dir> <model|edit>");
            System.exit(2);
        }
        File genModelFile = new File(args[0]).getAbsoluteFile();
        File projectDir = new File(args[1]).getAbsoluteFile();
        String projectType = "edit".equals(args[2])
                ? GenBaseGeneratorAdapter.EDIT_PROJECT_TYPE
                : GenBaseGeneratorAdapter.MODEL_PROJECT_TYPE;
        projectDir.mkdirs();

        GenModelPackage.eINSTANCE.eClass();
        ResourceSet resourceSet = new ResourceSetImpl();
        Map<String, Object> factories = resourceSet.getResourceFactoryRegistry().getExtensionToFactoryMap();
        factories.put("ecore", new EcoreResourceFactoryImpl());
        factories.put("genmodel", new EcoreResourceFactoryImpl());
        EcorePlugin.getPlatformResourceMap().put("gen", URI.createFileURI(projectDir + "/"));

        Resource resource = resourceSet.getResource(URI.createFileURI(genModelFile.getPath()), true);
        GenModel genModel = (GenModel) resource.getContents().get(0);
        genModel.reconcile();
        genModel.setModelDirectory("/gen/java");
        genModel.setEditDirectory("/gen/java");
        genModel.setCanGenerate(true);

        GeneratorAdapterFactory.Descriptor.Registry.INSTANCE.addDescriptor(
                GenModelPackage.eNS_URI, GenModelGeneratorAdapterFactory.DESCRIPTOR);
        Generator generator = new Generator();
        generator.setInput(genModel);
        Diagnostic diagnostic = generator.generate(genModel, projectType, new BasicMonitor());
        if (diagnostic.getSeverity() > Diagnostic.WARNING) {
            System.err.println("EMF code generation failed: " + diagnostic.getMessage());
            for (Diagnostic child : diagnostic.getChildren()) {
                System.err.println("  " + child.getMessage());
            }
            System.exit(1);
        }
        System.out.println("EMF " + args[2] + " code generated into " + projectDir);
    }
}
