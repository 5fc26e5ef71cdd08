package org.policyforum.web.platform;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertTrue;

import java.awt.image.BufferedImage;
import java.io.IOException;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.List;
import java.util.Properties;
import java.util.regex.Matcher;
import java.util.regex.Pattern;
import javax.imageio.ImageIO;
import org.junit.jupiter.api.Test;

/**
 * The installable app's static files (manifests, offline page, service worker) cannot read the bundles or the style
 * sheet at run time, so they repeat them: this keeps the copies equal to the originals and the files they name real.
 */
class PwaFilesTest {

    static final Path WEBAPP = Path.of("src/main/webapp");

    static String field(String json, String name) {
        Matcher m = Pattern.compile("\"" + name + "\":\\s*\"([^\"]*)\"").matcher(json);
        assertTrue(m.find(), name + " in " + json);
        return m.group(1);
    }

    static String cssColour(String variable) throws IOException {
        Matcher m = Pattern.compile("--" + variable + ":\\s*(#[0-9a-f]{6})")
                .matcher(Files.readString(WEBAPP.resolve("resources/forum/forum.css")));
        assertTrue(m.find(), variable);
        return m.group(1);
    }

    @Test
    void eachManifestNamesTheAppInItsLanguageWithTheSiteColours() throws IOException {
        for (String[] manifest :
                List.of(new String[] {"manifest.webmanifest", "ko"}, new String[] {"manifest-en.webmanifest", "en"})) {
            String json = Files.readString(WEBAPP.resolve(manifest[0]));
            Properties words = MessageBundlesTest.bundle(manifest[1]);
            assertEquals(manifest[1], field(json, "lang"));
            assertEquals(words.getProperty("app.name"), field(json, "name"), manifest[0]);
            assertEquals(words.getProperty("app.name"), field(json, "short_name"), manifest[0]);
            assertEquals(words.getProperty("footer.text"), field(json, "description"), manifest[0]);
            assertTrue(field(json, "start_url").startsWith("/?source=pwa"), manifest[0]);
            assertEquals("/", field(json, "scope"));
            assertEquals("standalone", field(json, "display"));
            assertEquals(cssColour("accent"), field(json, "theme_color"));
            assertEquals(cssColour("bg"), field(json, "background_color"));
        }
    }

    @Test
    void everyIconTheManifestListsIsAPngOfItsSize() throws IOException {
        String json = Files.readString(WEBAPP.resolve("manifest.webmanifest"));
        Matcher icon = Pattern.compile(
                        "\\{\"src\": \"/([^\"]+)\", \"sizes\": \"(\\d+)x\\d+\", \"type\": \"image/png\", "
                                + "\"purpose\": \"(any|maskable)\"}")
                .matcher(json);
        int icons = 0;
        boolean maskable = false;
        while (icon.find()) {
            BufferedImage image = ImageIO.read(WEBAPP.resolve(icon.group(1)).toFile());
            int size = Integer.parseInt(icon.group(2));
            assertEquals(size, image.getWidth(), icon.group(1));
            assertEquals(size, image.getHeight(), icon.group(1));
            maskable |= icon.group(3).equals("maskable");
            icons++;
        }
        assertEquals(3, icons, "192, 512 and a maskable 512");
        assertTrue(maskable);
    }

    @Test
    void theOfflinePageSaysTheBundlesWordsInBothLanguages() throws IOException {
        String page = Files.readString(WEBAPP.resolve("offline.html"));
        for (String language : List.of("ko", "en")) {
            Properties words = MessageBundlesTest.bundle(language);
            for (String key : List.of("offline.title", "offline.text", "offline.retry")) {
                assertTrue(page.contains(">" + words.getProperty(key) + "<"), language + " " + key);
            }
        }
    }

    @Test
    void theServiceWorkerPrecachesFilesThatExistAndIsVersionedByTheBuild() throws IOException {
        String worker = Files.readString(Path.of("src/main/pwa/sw.js"));
        assertTrue(worker.contains("'${project.version}-${pwa.build}'"), "filtered by the build");
        String precache = worker.substring(worker.indexOf("PRECACHE = ["), worker.indexOf("];"));
        Matcher entry = Pattern.compile("ROOT \\+ '([^']+)'").matcher(precache);
        int entries = 0;
        while (entry.find()) {
            String file = entry.group(1)
                    .replace("jakarta.faces.resource/", "resources/")
                    .replaceAll("\\.xhtml$", "");
            assertTrue(Files.isRegularFile(WEBAPP.resolve(file)), file);
            entries++;
        }
        assertTrue(entries >= 5, "offline page, style sheet, scripts and icons");
    }
}
