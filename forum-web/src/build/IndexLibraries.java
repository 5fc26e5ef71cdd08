import java.io.File;
import java.io.IOException;
import java.util.Arrays;
import java.util.jar.JarFile;
import org.jboss.jandex.Indexer;
import org.jboss.jandex.JarIndexer;

/**
 * Writes a Jandex index (META-INF/jandex.idx) into every library jar of the web module that has none, at build time.
 *
 * <p>Why: at every start WildFly indexes each jar of a deployment for annotations unless the jar brings its own index.
 * The web module's libraries (POI, PDFBox, PrimeFaces, ...) hold about 16,000 classes, and indexing them was a fifth
 * of the server's CPU during a cold start (Flight Recorder, bench/README "Cold start"). The index is made with the
 * Jandex version of the server's own module ({@code version.jandex}), so the server reads it as its own.
 *
 * <p>Run by the build (forum-web/pom.xml) with the single-file launcher: {@code java -cp jandex.jar
 * IndexLibraries.java <folder of jars>}. The web module's own classes get no index on purpose: the integration tests
 * add classes to WEB-INF/classes, and an index made before that would hide them from the server.
 */
public class IndexLibraries {

    public static void main(String[] args) throws IOException {
        File[] jars = new File(args[0]).listFiles((dir, name) -> name.endsWith(".jar"));
        if (jars == null) {
            throw new IOException("no such folder: " + args[0]);
        }
        Arrays.sort(jars);
        int indexed = 0;
        for (File jar : jars) {
            if (hasIndex(jar)) {
                continue;
            }
            JarIndexer.createJarIndex(jar, new Indexer(), true, false, false);
            // newer than the copy in the local repository, so the WAR plugin keeps this one when it packages
            jar.setLastModified(System.currentTimeMillis());
            indexed++;
        }
        System.out.println("[IndexLibraries] " + indexed + " of " + jars.length + " jars indexed in " + args[0]);
    }

    private static boolean hasIndex(File jar) throws IOException {
        try (JarFile file = new JarFile(jar)) {
            return file.getEntry("META-INF/jandex.idx") != null;
        }
    }
}
