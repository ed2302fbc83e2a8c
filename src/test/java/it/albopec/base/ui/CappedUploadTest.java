package it.albopec.base.ui;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;
import static org.mockito.Mockito.mock;
import static org.mockito.Mockito.never;
import static org.mockito.Mockito.verify;
import static org.mockito.Mockito.when;

import java.io.ByteArrayInputStream;
import java.io.IOException;
import java.io.InputStream;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.List;
import java.util.stream.Stream;

import com.vaadin.flow.server.streams.UploadEvent;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;

/** Uploads are capped while they stream: past the limit reading stops, and nothing is left on disk. */
class CappedUploadTest {

    private static final long LIMIT = 100_000;

    /** An endless upload that counts what was read from it. */
    static final class Endless extends InputStream {
        long read;

        @Override
        public int read() {
            read++;
            return 'x';
        }

        @Override
        public int read(byte[] b, int off, int len) {
            read += len;
            java.util.Arrays.fill(b, off, off + len, (byte) 'x');
            return len;
        }
    }

    @Test
    void anOverLimitStreamIsCutShortAndLeavesNoFile(@TempDir Path dir) throws IOException {
        var in = new Endless();
        assertThatThrownBy(() -> CappedUpload.copyCapped(in, dir, LIMIT)).isInstanceOf(CappedUpload.TooLarge.class);
        assertThat(in.read).isEqualTo(LIMIT + 1);
        try (Stream<Path> left = Files.list(dir)) {
            assertThat(left).isEmpty();
        }
    }

    @Test
    void aFileUpToTheLimitGoesThroughWhole(@TempDir Path dir) throws IOException {
        byte[] content = new byte[(int) LIMIT];
        content[0] = 1;
        content[content.length - 1] = 2;
        Path file = CappedUpload.copyCapped(new ByteArrayInputStream(content), dir, LIMIT);
        assertThat(file.getParent()).isEqualTo(dir);
        assertThat(Files.readAllBytes(file)).isEqualTo(content);
    }

    @Test
    void theHandlerRejectsAnOverLimitPlainUploadWithoutReadingItAllNorKeepingIt() throws IOException {
        var in = new Endless();
        var event = mock(UploadEvent.class);
        when(event.getInputStream()).thenReturn(in);
        when(event.getFileName()).thenReturn("huge.xlsx");
        when(event.getFileSize()).thenReturn(-1L);
        List<Path> received = new ArrayList<>();
        List<Path> before = uploadsInTemp();

        new CappedUpload(LIMIT, (name, file) -> received.add(file)).handleUploadRequest(event);

        assertThat(received).isEmpty();
        assertThat(in.read).isEqualTo(LIMIT + 1);
        verify(event).reject(org.mockito.ArgumentMatchers.anyString());
        assertThat(uploadsInTemp()).isSubsetOf(before);
    }

    @Test
    void theHandlerPassesAnUnderLimitUploadOn() throws IOException {
        var event = mock(UploadEvent.class);
        when(event.getInputStream()).thenReturn(new ByteArrayInputStream("a;b\n1;2\n".getBytes()));
        when(event.getFileName()).thenReturn("small.csv");
        when(event.getFileSize()).thenReturn(8L);
        List<String> names = new ArrayList<>();
        List<Path> received = new ArrayList<>();

        new CappedUpload(LIMIT, (name, file) -> {
            names.add(name);
            received.add(file);
        }).handleUploadRequest(event);

        try {
            assertThat(names).containsExactly("small.csv");
            assertThat(Files.readString(received.getFirst())).isEqualTo("a;b\n1;2\n");
            verify(event, never()).reject(org.mockito.ArgumentMatchers.anyString());
        } finally {
            Files.deleteIfExists(received.getFirst());
        }
    }

    private static List<Path> uploadsInTemp() throws IOException {
        try (Stream<Path> files = Files.list(Path.of(System.getProperty("java.io.tmpdir")))) {
            return files.filter(f -> f.getFileName().toString().startsWith("albopec-upload-")).toList();
        }
    }
}
