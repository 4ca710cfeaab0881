package com.mentorplatform.api.lifecycle;

import com.mentorplatform.api.testing.RunningApi;
import io.micronaut.scheduling.TaskExecutors;
import org.junit.jupiter.api.Test;

import java.util.concurrent.CountDownLatch;
import java.util.concurrent.ExecutorService;
import java.util.concurrent.TimeUnit;
import java.util.concurrent.atomic.AtomicInteger;

import static org.assertj.core.api.Assertions.assertThat;

/**
 * Blocking request work queues at a bounded pool on every Java the API runs on. On Java 21+ Micronaut's default
 * for {@code BLOCKING} is one virtual thread per request: a burst of 200 clients then waits at the ten database
 * connections instead, and every wait past the pool's timeout is a 503.
 */
class RequestThreadsTest {

    private static final int POOL = 24;

    @Test
    void at_most_twenty_four_blocking_tasks_run_at_once_and_the_rest_wait_their_turn() throws Exception {
        ExecutorService blocking = RunningApi.get().bean(ExecutorService.class, TaskExecutors.BLOCKING);
        AtomicInteger running = new AtomicInteger();
        AtomicInteger mostAtOnce = new AtomicInteger();
        CountDownLatch release = new CountDownLatch(1);
        CountDownLatch finished = new CountDownLatch(POOL + 6);
        for (int i = 0; i < POOL + 6; i++) {
            blocking.execute(() -> {
                mostAtOnce.accumulateAndGet(running.incrementAndGet(), Math::max);
                try {
                    release.await(10, TimeUnit.SECONDS);
                } catch (InterruptedException e) {
                    Thread.currentThread().interrupt();
                }
                running.decrementAndGet();
                finished.countDown();
            });
        }
        long deadline = System.nanoTime() + TimeUnit.SECONDS.toNanos(5);
        while (running.get() < POOL && System.nanoTime() < deadline) {
            Thread.sleep(10);
        }
        Thread.sleep(300); // time for any task beyond the pool's size to start, were it allowed to
        release.countDown();

        assertThat(finished.await(10, TimeUnit.SECONDS)).as("every task ran in the end").isTrue();
        assertThat(mostAtOnce.get()).isEqualTo(POOL);
    }
}
