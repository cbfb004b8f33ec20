package io.rapport.app;

import io.rapport.store.StoreException;
import java.io.IOException;
import java.nio.channels.FileChannel;
import java.nio.channels.FileLock;
import java.nio.channels.OverlappingFileLockException;
import java.nio.file.Files;
import java.nio.file.Path;
import java.nio.file.StandardOpenOption;

/**
 * One Rapport window per data folder: a second one would edit the same drafts. Command-line
 * tools may still use the store alongside (SQLite coordinates them).
 */
final class InstanceLock implements AutoCloseable {
    private final FileChannel channel;
    private final FileLock lock;

    private InstanceLock(FileChannel channel, FileLock lock) {
        this.channel = channel;
        this.lock = lock;
    }

    static InstanceLock acquire(Path dataDir) {
        try {
            Files.createDirectories(dataDir);
            FileChannel ch = FileChannel.open(dataDir.resolve("rapport.lock"), StandardOpenOption.CREATE,
                    StandardOpenOption.WRITE);
            FileLock l;
            try {
                l = ch.tryLock();
            } catch (OverlappingFileLockException e) {
                l = null;
            }
            if (l == null) {
                ch.close();
                throw new StoreException("Rapport is already open for the data folder " + dataDir
                        + ". Switch to that window, or start this one with another --data-dir.");
            }
            return new InstanceLock(ch, l);
        } catch (IOException e) {
            throw new StoreException("Cannot lock the data folder " + dataDir + ": " + e.getMessage(), e);
        }
    }

    @Override
    public void close() {
        try {
            lock.release();
            channel.close();
        } catch (IOException ignored) {
            // exiting anyway
        }
    }
}
