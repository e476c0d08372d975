import java.io.IOException;
import java.io.InputStream;
import java.io.OutputStream;
import java.nio.file.DirectoryStream;
import java.nio.file.Files;
import java.nio.file.Path;
import java.nio.file.StandardCopyOption;
import java.util.Enumeration;
import java.util.jar.JarEntry;
import java.util.jar.JarFile;
import java.util.jar.JarOutputStream;

/**
 * Build step of the distribution: removes the signature files from the signed jars in a directory
 * (EMF's jars are signed by Eclipse). The JVM cannot put classes of signed jars in a class-data
 * sharing archive, and the distribution does not check the signatures anyway. Run as
 * {@code java UnsignJars.java DIRECTORY}.
 */
public final class UnsignJars {

    private UnsignJars() {
    }

    public static void main(String[] args) throws IOException {
        try (DirectoryStream<Path> jars = Files.newDirectoryStream(Path.of(args[0]), "*.jar")) {
            for (Path jar : jars) {
                if (isSigned(jar)) {
                    unsign(jar);
                }
            }
        }
    }

    private static boolean isSignature(String name) {
        String upper = name.toUpperCase(java.util.Locale.ROOT);
        return upper.startsWith("META-INF/") && upper.indexOf('/', "META-INF/".length()) < 0
                && (upper.endsWith(".SF") || upper.endsWith(".RSA") || upper.endsWith(".DSA") || upper.endsWith(".EC"));
    }

    private static boolean isSigned(Path jar) throws IOException {
        try (JarFile file = new JarFile(jar.toFile(), false)) {
            return file.stream().anyMatch(entry -> isSignature(entry.getName()));
        }
    }

    private static void unsign(Path jar) throws IOException {
        Path temporary = Files.createTempFile(jar.getParent(), ".unsigned", ".jar");
        try (JarFile file = new JarFile(jar.toFile(), false);
                OutputStream stream = Files.newOutputStream(temporary);
                JarOutputStream out = new JarOutputStream(stream)) {
            for (Enumeration<JarEntry> entries = file.entries(); entries.hasMoreElements();) {
                JarEntry entry = entries.nextElement();
                if (isSignature(entry.getName())) {
                    continue;
                }
                JarEntry copy = new JarEntry(entry.getName());
                copy.setTime(entry.getTime());
                out.putNextEntry(copy);
                try (InputStream in = file.getInputStream(entry)) {
                    in.transferTo(out);
                }
                out.closeEntry();
            }
        }
        Files.move(temporary, jar, StandardCopyOption.REPLACE_EXISTING);
    }
}
