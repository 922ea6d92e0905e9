package org.homecoming.server.identification;

import java.util.concurrent.ExecutorService;
import java.util.concurrent.Executors;
import java.util.concurrent.Future;
import java.util.concurrent.TimeUnit;
import org.springframework.beans.factory.DisposableBean;
import org.springframework.stereotype.Component;

/**
 * The background threads of identification. Searches and DVI analyses run one after another on
 * one thread (each uses every core itself); power calculations, one family at a time per thread
 * and many families in all, run on as many low-priority threads as {@code threads} allows.
 */
@Component
class IdentificationWorker implements DisposableBean {

    private final ExecutorService executor = Executors.newSingleThreadExecutor(r -> thread(r, "identification-worker",
            Thread.NORM_PRIORITY));
    private final ExecutorService background;

    IdentificationWorker(IdentificationSettings settings) {
        this.background = Executors.newFixedThreadPool(settings.threads(), r -> thread(r, "identification-power",
                Thread.MIN_PRIORITY));
    }

    /** Searches and DVI analyses, in order. */
    Future<?> submit(Runnable task) {
        return executor.submit(task);
    }

    /** Long calculations that may wait (power). */
    Future<?> submitBackground(Runnable task) {
        return background.submit(task);
    }

    private static Thread thread(Runnable r, String name, int priority) {
        Thread t = new Thread(r, name);
        t.setDaemon(true);
        t.setPriority(priority);
        return t;
    }

    @Override
    public void destroy() throws InterruptedException {
        executor.shutdownNow();
        background.shutdownNow();
        executor.awaitTermination(10, TimeUnit.SECONDS);
        background.awaitTermination(10, TimeUnit.SECONDS);
    }
}
