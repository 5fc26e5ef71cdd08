package org.policyforum.node.control;

import jakarta.enterprise.context.ApplicationScoped;
import java.io.IOException;
import java.io.InputStream;
import java.io.UncheckedIOException;
import java.util.Properties;

/**
 * The build this node runs: the Maven version and the build's time, stamped by the build into {@code build.properties}
 * (a filtered resource of forum-ejb). Two nodes from the same EAR say the same; a node built again says otherwise,
 * even from the same commit, which is what an operator wants to know of a cluster (the build has no git at hand).
 */
@ApplicationScoped
public class BuildVersion {

    static final String RESOURCE = "/org/policyforum/node/build.properties";

    private final String version = read();

    public String current() {
        return version;
    }

    static String read() {
        try (InputStream in = BuildVersion.class.getResourceAsStream(RESOURCE)) {
            if (in == null) {
                return "unknown";
            }
            Properties p = new Properties();
            p.load(in);
            return p.getProperty("version", "unknown") + " (" + p.getProperty("built", "unknown") + ")";
        } catch (IOException e) {
            throw new UncheckedIOException(e);
        }
    }
}
