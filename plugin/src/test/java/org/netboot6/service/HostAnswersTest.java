package org.netboot6.service;

import static org.assertj.core.api.Assertions.assertThat;

import java.time.Duration;
import java.time.Instant;
import java.util.concurrent.ConcurrentLinkedQueue;
import java.util.concurrent.CountDownLatch;
import java.util.concurrent.atomic.AtomicInteger;

import org.junit.jupiter.api.Test;
import org.netboot6.boot.BootReply;

class HostAnswersTest {
    private static final HostAnswer ANSWER =
            new HostAnswer(BootReply.script("#!ipxe\nexit\n"), 7L, "local-boot", "state READY", Instant.MAX);
    private static final long T0 = 1_000_000_000_000L;

    @Test
    void servingAgainWithinTheWindowIsNoNewEvent() {
        HostAnswers.Entry served = new HostAnswers.Entry(1, ANSWER, T0);
        assertThat(served.claimEvent(T0 + 1)).isFalse();
        assertThat(served.claimEvent(T0 + HostAnswers.REPEAT_EVENT_AFTER - 1)).isFalse();
        assertThat(served.claimEvent(T0 + HostAnswers.REPEAT_EVENT_AFTER)).isTrue();
        // the window starts again at the event just claimed
        assertThat(served.claimEvent(T0 + HostAnswers.REPEAT_EVENT_AFTER + 1)).isFalse();
        assertThat(served.claimEvent(T0 + 2 * HostAnswers.REPEAT_EVENT_AFTER)).isTrue();
    }

    @Test
    void anAnswerCachedAheadWithNoEventClaimsOneAtItsFirstRequest() {
        HostAnswers.Entry warmed = new HostAnswers.Entry(1, ANSWER, T0 - HostAnswers.REPEAT_EVENT_AFTER);
        assertThat(warmed.claimEvent(T0)).isTrue();
        assertThat(warmed.claimEvent(T0 + 5)).isFalse();
    }

    @Test
    void concurrentRequestsClaimTheEventOnce() throws Exception {
        HostAnswers.Entry warmed = new HostAnswers.Entry(1, ANSWER, T0 - HostAnswers.REPEAT_EVENT_AFTER);
        int threads = 8;
        CountDownLatch start = new CountDownLatch(1);
        AtomicInteger claimed = new AtomicInteger();
        ConcurrentLinkedQueue<Thread> started = new ConcurrentLinkedQueue<>();
        for (int i = 0; i < threads; i++) {
            Thread t = new Thread(() -> {
                try {
                    start.await();
                } catch (InterruptedException e) {
                    return;
                }
                for (int n = 0; n < 1000; n++) {
                    if (warmed.claimEvent(T0 + n)) {
                        claimed.incrementAndGet();
                    }
                }
            });
            t.start();
            started.add(t);
        }
        start.countDown();
        for (Thread t : started) {
            t.join();
        }
        assertThat(claimed.get()).isEqualTo(1);
    }

    @Test
    void theCapacityBoundsTheEntriesAndOnlyWhatCanNeverBeServedIsSweptOut() {
        // a watcher that never polled: nothing is current, but that may change at its next poll
        ChangeWatcher neverPolled = new ChangeWatcher(null, null, Duration.ofMillis(5), Duration.ofMillis(25));
        HostAnswers<String> answers = new HostAnswers<>(neverPolled, 3);
        Instant now = Instant.parse("2026-12-03T00:00:00Z");
        HostAnswer expired = new HostAnswer(ANSWER.reply, 7L, "boot-script", "probe", now.minusSeconds(1));
        answers.store("live", 1, ANSWER, T0, now);
        answers.store("expired", 1, expired, T0, now);
        answers.store("live2", 1, ANSWER, T0, now);
        answers.store("one-too-many", 1, ANSWER, T0, now);
        assertThat(answers.size()).as("full: the fourth is not kept").isEqualTo(3);
        assertThat(answers.lookup("live", now)).as("not current while the watcher has not polled").isNull();
        for (int i = 0; i < 1024; i++) {
            answers.store("live", 1, ANSWER, T0, now);
        }
        assertThat(answers.size()).as("the sweep dropped the expired entry only").isEqualTo(2);
        assertThat(answers.lookup("expired", now)).isNull();
    }
}
