package io.rapport.sync;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

import java.net.ServerSocket;
import java.nio.file.Files;
import java.nio.file.Path;
import java.nio.file.attribute.PosixFilePermissions;
import java.sql.Connection;
import java.sql.DriverManager;
import java.sql.ResultSet;
import java.sql.SQLException;
import java.sql.Statement;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;

/** `rapport hub local`: an embedded hub that keeps its data, requires passwords and enforces the roles. */
class LocalHubTest {
    @TempDir
    Path dir;

    @Test
    void startsAHubWithAUserKeepsItsDataAndComesBackWithTheSameLogin() throws Exception {
        int port = freePort();
        Path folder = dir.resolve("hub");
        LocalHub.Login first;
        try (LocalHub hub = LocalHub.start(folder, port, "anna", HubRole.AGENT, "red")) {
            first = hub.login();
            assertThat(first.url()).isEqualTo("jdbc:postgresql://localhost:" + port + "/rapport");
            assertThat(first.user()).isEqualTo("anna");
            assertThat(first.password()).hasSizeGreaterThanOrEqualTo(20);
            assertThat(first.created()).isTrue();
            assertThat(hub.port()).isEqualTo(port);
            assertThat(hub.dataDirectory()).isEqualTo(folder.toAbsolutePath().resolve("pgdata"));
            assertThat(Files.exists(hub.dataDirectory().resolve("PG_VERSION"))).isTrue();
            assertThat(PosixFilePermissions.toString(Files.getPosixFilePermissions(hub.ownerPasswordFile())))
                    .isEqualTo("rw-------");
            try (Connection c = DriverManager.getConnection(first.url(), first.user(), first.password());
                    Statement st = c.createStatement()) {
                st.execute("INSERT INTO rapport.customers (id, display_name, created_at, updated_at, hlc, origin)"
                        + " VALUES ('c1', 'Kept', 1, 1, '0001', 'anna-desk')");
                assertThatThrownBy(() -> st.executeQuery("SELECT * FROM rapport.reviews"))
                        .isInstanceOf(SQLException.class).hasMessageContaining("permission denied");
            }
            assertThatThrownBy(() -> DriverManager.getConnection(first.url(), "anna", "wrong-password"))
                    .isInstanceOf(SQLException.class).hasMessageContaining("password authentication failed");
            assertThatThrownBy(() -> DriverManager.getConnection(first.url(), "postgres", ""))
                    .isInstanceOf(SQLException.class);
        }
        try (LocalHub hub = LocalHub.start(folder, port, "anna", HubRole.AGENT, "red")) {
            LocalHub.Login again = hub.login();
            assertThat(again.created()).isFalse();
            assertThat(again.password()).isEqualTo(first.password());
            assertThat(again.role()).isEqualTo(HubRole.AGENT);
            try (Connection c = DriverManager.getConnection(again.url(), again.user(), again.password());
                    Statement st = c.createStatement();
                    ResultSet rs = st.executeQuery("SELECT display_name FROM rapport.customers WHERE id = 'c1'")) {
                assertThat(rs.next()).isTrue();
                assertThat(rs.getString(1)).isEqualTo("Kept");
            }
        }
    }

    @Test
    void aPortInUseIsReportedInOneLine() throws Exception {
        try (ServerSocket taken = new ServerSocket(0)) {
            assertThatThrownBy(() -> LocalHub.start(dir.resolve("hub2"), taken.getLocalPort(), "anna", HubRole.AGENT, null))
                    .isInstanceOf(HubException.class).hasMessageContaining("port " + taken.getLocalPort());
        }
    }

    @Test
    void aBadUserNameIsRefusedBeforeAnythingStarts() {
        assertThatThrownBy(() -> LocalHub.start(dir.resolve("hub3"), freePort(), "../evil", HubRole.AGENT, null))
                .isInstanceOf(IllegalArgumentException.class).hasMessageContaining("invalid user name");
        assertThat(Files.exists(dir.resolve("hub3"))).isFalse();
    }

    private static int freePort() throws Exception {
        try (ServerSocket s = new ServerSocket(0)) {
            return s.getLocalPort();
        }
    }
}
