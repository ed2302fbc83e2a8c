package it.albopec.base.db;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

import java.io.File;
import java.io.IOException;
import java.net.Inet4Address;
import java.net.InetAddress;
import java.net.InetSocketAddress;
import java.net.NetworkInterface;
import java.net.Socket;
import java.net.SocketException;
import java.sql.Connection;
import java.sql.DriverManager;
import java.sql.ResultSet;
import java.util.Collections;
import java.util.List;
import java.util.UUID;

import org.junit.jupiter.api.AfterAll;
import org.junit.jupiter.api.BeforeAll;
import org.junit.jupiter.api.Test;

/**
 * The embedded engine runs with its grant tables skipped (root without password): it must answer on the loopback
 * address only, never on the machine's network addresses, or anyone on the developer's network could read and change it.
 */
class EmbeddedMariaDbBindTest {

    static EmbeddedMariaDb server;

    @BeforeAll
    static void start() {
        server = EmbeddedMariaDb.start(new File("target/bind-mariadb/" + UUID.randomUUID()).getAbsoluteFile());
        server.createSchema("bindcheck");
    }

    @AfterAll
    static void stop() {
        if (server != null) server.close();
    }

    @Test
    void theServerIsBoundToTheLoopbackAddress() throws Exception {
        try (Connection c = DriverManager.getConnection(server.jdbcUrl("bindcheck"), "root", "");
             ResultSet rs = c.createStatement().executeQuery("SELECT @@bind_address")) {
            rs.next();
            assertThat(rs.getString(1)).isEqualTo("127.0.0.1");
        }
    }

    @Test
    void noNetworkAddressOfThisMachineAcceptsConnections() throws Exception {
        List<InetAddress> external = externalAddresses();
        for (InetAddress address : external) {
            assertThatThrownBy(() -> {
                try (Socket socket = new Socket()) {
                    socket.connect(new InetSocketAddress(address, server.port()), 2_000);
                }
            }).as("port %d on %s", server.port(), address).isInstanceOf(IOException.class);
        }
        try (Socket socket = new Socket()) {
            socket.connect(new InetSocketAddress(InetAddress.getLoopbackAddress(), server.port()), 2_000);
            assertThat(socket.isConnected()).as("the loopback address still answers").isTrue();
        }
    }

    private static List<InetAddress> externalAddresses() throws SocketException {
        return Collections.list(NetworkInterface.getNetworkInterfaces()).stream()
                .filter(nic -> {
                    try {
                        return nic.isUp() && !nic.isLoopback();
                    } catch (SocketException e) {
                        return false;
                    }
                })
                .flatMap(nic -> Collections.list(nic.getInetAddresses()).stream())
                .filter(a -> !a.isLinkLocalAddress() && !a.isLoopbackAddress())
                .sorted((a, b) -> Boolean.compare(b instanceof Inet4Address, a instanceof Inet4Address))
                .toList();
    }
}
