package io.rapport.store;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;
import static org.junit.jupiter.api.Assumptions.assumeTrue;

import java.nio.file.Files;
import java.nio.file.Path;
import java.nio.file.attribute.PosixFilePermissions;
import java.sql.Connection;
import java.sql.DriverManager;
import java.sql.ResultSet;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;

class DatabaseTest {
    @TempDir
    Path dir;

    @Test
    void aNewStoreIsOwnerOnlyInWalModeAndAtTheLatestSchema() throws Exception {
        Path file = dir.resolve("sub").resolve("rapport.db");
        try (Database db = Database.open(file)) {
            assertThat(db.deviceId()).matches("[0-9a-f-]{36}");
            String mode = db.read(c -> c.queryString("PRAGMA journal_mode"));
            assertThat(mode).isEqualToIgnoringCase("wal");
            assertThat(db.checkIntegrity(true)).isEmpty();
        }
        assertThat(Migrations.currentVersion(file)).isEqualTo(Migrations.LATEST);
        if (Files.getFileAttributeView(file, java.nio.file.attribute.PosixFileAttributeView.class) != null) {
            assertThat(PosixFilePermissions.toString(Files.getPosixFilePermissions(file))).isEqualTo("rw-------");
            assertThat(PosixFilePermissions.toString(Files.getPosixFilePermissions(file.getParent())))
                    .isEqualTo("rwx------");
        }
    }

    @Test
    void theDeviceIdSurvivesReopening() {
        Path file = dir.resolve("rapport.db");
        String id;
        try (Database db = Database.open(file)) {
            id = db.deviceId();
        }
        try (Database db = Database.open(file)) {
            assertThat(db.deviceId()).isEqualTo(id);
        }
    }

    @Test
    void aFileThatIsNotADatabaseIsRefusedAndLeftUntouched() throws Exception {
        Path file = dir.resolve("rapport.db");
        byte[] garbage = "this is not SQLite, just some bytes that happen to be here".getBytes();
        Files.write(file, garbage);
        assertThatThrownBy(() -> Database.open(file)).isInstanceOf(StoreException.class)
                .hasMessageContaining(file.toString()).hasMessageContaining("damaged");
        assertThat(Files.readAllBytes(file)).isEqualTo(garbage);
    }

    @Test
    void aReadOnlyStoreOpensForReadingAndRefusesWritesWithAClearMessage() throws Exception {
        assumeTrue(!"root".equals(System.getProperty("user.name")), "root can write read-only files");
        Path file = dir.resolve("rapport.db");
        try (Database db = Database.open(file)) {
            db.write(c -> c.update("INSERT INTO meta (key, value) VALUES ('x', 'kept')"));
        }
        Files.setPosixFilePermissions(file, PosixFilePermissions.fromString("r--------"));
        try (Database db = Database.open(file)) {
            assertThat(db.isReadOnly()).isTrue();
            String kept = db.read(c -> c.queryString("SELECT value FROM meta WHERE key = 'x'"));
            assertThat(kept).isEqualTo("kept");
            assertThatThrownBy(() -> db.write(c -> c.update("DELETE FROM meta"))).isInstanceOf(StoreException.class)
                    .hasMessageContaining("read-only");
        }
    }

    @Test
    void aStoreFromANewerRapportIsNotTouched() throws Exception {
        Path file = dir.resolve("rapport.db");
        try (Database db = Database.open(file)) {
            db.write(c -> c.update("UPDATE flyway_schema_history SET version = '999' WHERE version = ?",
                    String.valueOf(Migrations.LATEST)));
        }
        assertThatThrownBy(() -> Database.open(file)).isInstanceOf(StoreException.class)
                .hasMessageContaining("newer Rapport");
    }

    @Test
    void backupIsAConsistentOwnerOnlyCopyWhileTheStoreStaysOpen() throws Exception {
        Path file = dir.resolve("rapport.db");
        Path copy = dir.resolve("backup.db");
        try (Database db = Database.open(file)) {
            db.write(c -> c.update("INSERT INTO meta (key, value) VALUES ('note', 'zażalenie')"));
            long[] seen = new long[2];
            db.backup(copy, (done, total) -> {
                seen[0] = done;
                seen[1] = total;
                return true;
            });
            assertThat(seen[1]).isPositive();
            db.write(c -> c.update("INSERT INTO meta (key, value) VALUES ('after', 'x')"));
        }
        try (Connection c = DriverManager.getConnection("jdbc:sqlite:" + copy);
                ResultSet rs = c.createStatement().executeQuery("SELECT value FROM meta WHERE key = 'note'")) {
            assertThat(rs.next()).isTrue();
            assertThat(rs.getString(1)).isEqualTo("zażalenie");
        }
        assertThat(PosixFilePermissions.toString(Files.getPosixFilePermissions(copy))).isEqualTo("rw-------");
    }

    @Test
    void aCancelledBackupLeavesNoFile() {
        Path file = dir.resolve("rapport.db");
        Path copy = dir.resolve("backup.db");
        try (Database db = Database.open(file)) {
            assertThatThrownBy(() -> db.backup(copy, (done, total) -> false)).hasMessageContaining("cancelled");
        }
        assertThat(copy).doesNotExist();
        assertThat(dir.resolve("backup.db.part")).doesNotExist();
    }

    @Test
    void aFailedWriteRollsBackEverythingItDid() {
        try (Database db = Database.open(dir.resolve("rapport.db"))) {
            assertThatThrownBy(() -> db.write(c -> {
                c.update("INSERT INTO meta (key, value) VALUES ('half', 'done')");
                throw new IllegalStateException("boom");
            })).hasMessage("boom");
            String half = db.read(c -> c.queryString("SELECT value FROM meta WHERE key = 'half'"));
            assertThat(half).isNull();
        }
    }

    @Test
    void theClockNeverGoesBackwardsEvenWhenTheWallClockDoes() {
        long[] wall = {1_700_000_000_000L};
        HybridClock clock = new HybridClock("node", null, () -> wall[0]);
        String a = clock.tick();
        wall[0] -= 3_600_000;
        String b = clock.tick();
        assertThat(b).isGreaterThan(a);
        clock.observe(HybridClock.format(1_800_000_000_000L, 5, "other"));
        String c = clock.tick();
        assertThat(c).isGreaterThan(HybridClock.format(1_800_000_000_000L, 5, "other"));
        assertThat(HybridClock.millisOf(c)).isEqualTo(1_800_000_000_000L);
    }

    @Test
    void idsAreTimeOrderedUuids() {
        String a = Ids.newId();
        String b = Ids.newId();
        assertThat(Ids.isId(a)).isTrue();
        assertThat(java.util.UUID.fromString(a).version()).isEqualTo(7);
        assertThat(a).isNotEqualTo(b);
    }
}
