package org.egovera.io.bpmn;

import java.util.Optional;

import org.egovera.model.EgoveraFactory;
import org.egovera.model.Element;
import org.egovera.model.Property;

/** The free properties an import records on processes and tasks, beyond the metamodel's features. */
public final class BpmnProperties {

    /** On a call activity: the id of the process or global task it calls. */
    public static final String CALLED_ELEMENT = "bpmn:calledElement";
    /** On a process: the pool that shows it. */
    public static final String PARTICIPANT = "bpmn:participant";
    /** On a process: its own name, where the pool's name was taken as the process name. */
    public static final String PROCESS_NAME = "bpmn:processName";
    /** On a nested process: the BPMN element (subProcess, adHocSubProcess, transaction). */
    public static final String ELEMENT = "bpmn:element";
    /** On a process: the tool that wrote the file. */
    public static final String EXPORTER = "bpmn:exporter";

    private BpmnProperties() {
    }

    public static Optional<String> get(Element element, String key) {
        return element.getProperties().stream().filter(property -> key.equals(property.getKey()))
                .map(Property::getValue).findFirst();
    }

    /** Sets or, for a null value, removes a property. */
    public static void set(Element element, String key, String value) {
        element.getProperties().removeIf(property -> key.equals(property.getKey()));
        if (value != null) {
            Property property = EgoveraFactory.eINSTANCE.createProperty();
            property.setKey(key);
            property.setValue(value);
            element.getProperties().add(property);
        }
    }
}
