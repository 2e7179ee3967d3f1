package dk.sikkerby.indberetning.service.export;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertThrows;
import static org.junit.jupiter.api.Assertions.assertTrue;

import dk.sikkerby.indberetning.domain.TrafficLightThresholds;
import dk.sikkerby.indberetning.i18n.Messages;
import dk.sikkerby.indberetning.service.Progress;
import java.io.IOException;
import java.io.OutputStream;
import java.util.Optional;
import java.util.concurrent.atomic.AtomicLong;
import org.junit.jupiter.api.Test;

/**
 * The workbook's zip is deflated on a second thread (decision 1910): a failure there fails the export, and an
 * export stopped on the writing thread (a cancel, a failure) leaves nothing writing to the target afterwards.
 */
class WorkbookZipTest {

    private static final ExportContent BIG = new ExportContent(BigAppendixTable.of(300, 4, 5), Optional.of(TrafficLightThresholds.DEFAULT));

    @Test
    void aTargetThatFailsOnTheSecondThreadFailsTheExport() {
        OutputStream full = new CountingStream() {
            @Override
            public void write(byte[] b, int off, int len) throws IOException {
                super.write(b, off, len);
                if (count.get() > 20_000) {
                    throw new IOException("No space left on device");
                }
            }
        };
        IOException e = assertThrows(IOException.class,
                () -> new WorkbookWriter(Messages.forLocale(Messages.DANISH)).write(BIG, full, Progress.NONE));
        assertTrue(e.getMessage().contains("No space left on device"), e::getMessage);
    }

    @Test
    void anExportStoppedMidwayWritesNothingMoreOnceItHasReturned() throws InterruptedException {
        CountingStream target = new CountingStream();
        RuntimeException cancel = new RuntimeException("cancelled");
        Progress stopAtTheHundredthRow = (done, total) -> {
            if (done == 100) {
                throw cancel;
            }
        };
        RuntimeException thrown = assertThrows(RuntimeException.class,
                () -> new WorkbookWriter(Messages.forLocale(Messages.DANISH)).write(BIG, target, stopAtTheHundredthRow));
        assertEquals(cancel, thrown);
        long written = target.count.get();
        Thread.sleep(300);
        assertEquals(written, target.count.get(), "bytes written after the export returned");
        assertTrue(Thread.getAllStackTraces().keySet().stream().noneMatch(t -> t.getName().equals("workbook-deflate") && t.isAlive()),
                "the deflating thread has ended");
    }

    private static class CountingStream extends OutputStream {
        final AtomicLong count = new AtomicLong();

        @Override
        public void write(int b) throws IOException {
            write(new byte[] {(byte) b}, 0, 1);
        }

        @Override
        public void write(byte[] b, int off, int len) throws IOException {
            count.addAndGet(len);
        }
    }
}
