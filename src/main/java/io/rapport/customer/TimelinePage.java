package io.rapport.customer;

import java.util.List;

/** One page of a timeline and where the next one starts (null at the end). */
public record TimelinePage(List<Interaction> rows, TimelineQuery.Cursor next) {
}
