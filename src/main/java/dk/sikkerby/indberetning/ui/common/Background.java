package dk.sikkerby.indberetning.ui.common;

import dk.sikkerby.indberetning.service.Progress;
import java.util.concurrent.Callable;
import java.util.concurrent.ExecutorService;
import java.util.concurrent.Executors;
import java.util.concurrent.TimeUnit;
import java.util.function.Consumer;
import javafx.beans.property.ReadOnlyBooleanProperty;
import javafx.beans.property.ReadOnlyBooleanWrapper;
import javafx.concurrent.Task;

/**
 * Runs database, file and document work off the FX thread, one job at a time in order, and hands the
 * result (or the failure) back on the FX thread. {@link #busyProperty()} is true while work runs.
 * {@link #sameThread()} runs the work at once on the caller's thread instead, which lets view models be
 * tested without a screen or a toolkit.
 */
public final class Background implements AutoCloseable {

    /** The worker thread; null when the work runs on the caller's thread. */
    private final ExecutorService executor;
    private final ReadOnlyBooleanWrapper busy = new ReadOnlyBooleanWrapper(false);
    private int running;
    /** Work held by {@link #sameThreadHeld()} until {@link #release()}; null when work runs at once. */
    private java.util.List<Runnable> held;

    /** One worker thread, in order; results come back on the FX thread. */
    public Background() {
        this(Executors.newSingleThreadExecutor(r -> {
            Thread t = new Thread(r, "sikkerby-worker");
            t.setDaemon(true);
            return t;
        }));
    }

    private Background(ExecutorService executor) {
        this.executor = executor;
    }

    /**
     * Runs each piece of work at once on the calling thread and hands its result or failure to the
     * callbacks on that thread, before {@code run} returns: for tests of view models without a screen.
     */
    public static Background sameThread() {
        return new Background(null);
    }

    /**
     * As {@link #sameThread()}, but each piece of work waits until {@link #release()} runs it, with a progress
     * that honours {@link Work#requestCancel()}: lets a test without a screen cancel work that has not ended.
     */
    public static Background sameThreadHeld() {
        Background background = new Background(null);
        background.held = new java.util.ArrayList<>();
        return background;
    }

    /** Runs the work {@link #sameThreadHeld()} held, in order, on the calling thread. */
    public void release() {
        java.util.List<Runnable> now = java.util.List.copyOf(held);
        held.clear();
        now.forEach(Runnable::run);
    }

    /** Long work that reports its progress; bind a progress bar to the returned task. */
    @FunctionalInterface
    public interface ProgressWork<T> {
        T call(Progress progress) throws Exception;
    }

    /**
     * Thrown out of the work's {@link Progress} once {@link Work#requestCancel()} was asked: the work stops at
     * its next progress report, and what it did is undone as a failure undoes it (a transaction rolls back, an
     * atomic file write leaves no file). It reaches {@code onError}.
     */
    public static final class CancelledException extends RuntimeException {
        public CancelledException() {
            super("Cancelled by the user");
        }
    }

    /**
     * A piece of work on the worker thread. Cancelling is a request, not an interruption: the work stops at its
     * next progress report by throwing {@link CancelledException} (so it ends in {@code onError}); work already
     * past its last report (a commit under way) finishes and ends in {@code onSuccess}, so the user is told
     * what really happened.
     */
    public static final class Work<T> extends Task<T> {
        private final ProgressWork<T> work;
        private volatile boolean cancelRequested;

        private Work(ProgressWork<T> work) {
            this.work = work;
        }

        @Override
        protected T call() throws Exception {
            return work.call((done, total) -> {
                checkCancel(done, total);
                updateProgress(done, total);
            });
        }

        private void checkCancel(long done, long total) {
            if (cancelRequested) {
                throw new CancelledException();
            }
        }

        /** Asks the work to stop at its next progress report. */
        public void requestCancel() {
            cancelRequested = true;
        }

        public boolean isCancelRequested() {
            return cancelRequested;
        }
    }

    public <T> Work<T> run(Callable<T> work, Consumer<T> onSuccess, Consumer<Throwable> onError) {
        return run(progress -> work.call(), onSuccess, onError);
    }

    public <T> Work<T> run(ProgressWork<T> work, Consumer<T> onSuccess, Consumer<Throwable> onError) {
        Work<T> task = new Work<>(work);
        running++;
        busy.set(true);
        if (executor == null) {
            if (held != null) {
                held.add(() -> runHere(work, task::checkCancel, onSuccess, onError));
            } else {
                runHere(work, Progress.NONE, onSuccess, onError);
            }
            return task;
        }
        task.setOnSucceeded(e -> {
            done();
            onSuccess.accept(task.getValue());
        });
        task.setOnFailed(e -> {
            done();
            onError.accept(task.getException());
        });
        task.setOnCancelled(e -> done());
        if (executor != null && executor.isShutdown()) {
            // the app is stopping: work asked for after that (a late reply to a click) is dropped
            done();
            return task;
        }
        executor.execute(task);
        return task;
    }

    private <T> void runHere(ProgressWork<T> work, Progress progress, Consumer<T> onSuccess, Consumer<Throwable> onError) {
        T value;
        try {
            value = work.call(progress);
        } catch (Exception | Error e) {
            done();
            onError.accept(e);
            return;
        }
        done();
        onSuccess.accept(value);
    }

    private void done() {
        running--;
        busy.set(running > 0);
    }

    public ReadOnlyBooleanProperty busyProperty() {
        return busy.getReadOnlyProperty();
    }

    /** Lets queued work finish (a save in flight is never cut off), then stops the worker. */
    @Override
    public void close() {
        if (executor == null) {
            return;
        }
        executor.shutdown();
        try {
            executor.awaitTermination(30, TimeUnit.SECONDS);
        } catch (InterruptedException e) {
            Thread.currentThread().interrupt();
        }
    }
}
