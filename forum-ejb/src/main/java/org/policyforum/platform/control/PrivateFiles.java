package org.policyforum.platform.control;

import java.io.IOException;
import java.nio.file.FileAlreadyExistsException;
import java.nio.file.Files;
import java.nio.file.Path;
import java.nio.file.StandardCopyOption;
import java.nio.file.attribute.FileAttribute;
import java.nio.file.attribute.PosixFilePermission;
import java.nio.file.attribute.PosixFilePermissions;
import java.util.Set;
import java.util.logging.Logger;

/**
 * Files and folders the forum creates for itself (the data folder, local secrets): readable by the server's own
 * user only, from the moment they exist (created with the permissions, never tightened afterwards), so that no
 * other account on the machine can read a secret, the H2 database or its backups.
 */
public final class PrivateFiles {

    private static final Logger LOG = Logger.getLogger(PrivateFiles.class.getName());
    static final Set<PosixFilePermission> OWNER_FILE = PosixFilePermissions.fromString("rw-------");
    static final Set<PosixFilePermission> OWNER_FOLDER = PosixFilePermissions.fromString("rwx------");

    private PrivateFiles() {}

    /** Creates the folder (and missing parents) owner-only if it does not exist; an existing folder is left as is. */
    public static void folder(Path folder) throws IOException {
        if (Files.isDirectory(folder)) {
            return;
        }
        if (folder.getParent() != null && !Files.isDirectory(folder.getParent())) {
            folder(folder.getParent());
        }
        try {
            Files.createDirectory(folder, owner(folder, OWNER_FOLDER));
        } catch (FileAlreadyExistsException e) {
            // made at the same moment by someone else: fine
        }
    }

    /**
     * Writes a new secret file, owner-only from its first byte: written to a private temporary file in the same
     * folder, then moved into place in one step, so that a crash never leaves a half-written secret.
     */
    public static void writeSecret(Path file, String content) throws IOException {
        folder(file.getParent());
        Path temporary = Files.createTempFile(file.getParent(), ".secret", ".tmp", owner(file, OWNER_FILE));
        try {
            Files.writeString(temporary, content);
            Files.move(temporary, file, StandardCopyOption.ATOMIC_MOVE);
        } finally {
            Files.deleteIfExists(temporary);
        }
    }

    /** A secret file that others can read (made by an older version) is made owner-only, with one log line. */
    public static void keepPrivate(Path file) throws IOException {
        if (isPosix(file) && !OWNER_FILE.containsAll(Files.getPosixFilePermissions(file))) {
            Files.setPosixFilePermissions(file, OWNER_FILE);
            LOG.warning(() -> file + " was readable by others; it is now readable by the server's user only");
        }
    }

    private static FileAttribute<?>[] owner(Path path, Set<PosixFilePermission> permissions) {
        return isPosix(path)
                ? new FileAttribute<?>[] {PosixFilePermissions.asFileAttribute(permissions)}
                : new FileAttribute<?>[0];
    }

    private static boolean isPosix(Path path) {
        return path.getFileSystem().supportedFileAttributeViews().contains("posix");
    }
}
