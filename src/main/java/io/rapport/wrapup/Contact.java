package io.rapport.wrapup;

import io.rapport.customer.Channel;
import io.rapport.customer.Direction;
import java.time.Instant;

/** The call, chat or e-mail being wrapped up: with whom, how, and when it started and ended. */
public record Contact(String customerId, Channel channel, Direction direction, Instant startedAt, Instant endedAt) {
}
