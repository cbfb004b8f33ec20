package io.rapport.store;

import java.sql.SQLException;

/** A unit of work on one store connection. */
@FunctionalInterface
public interface SqlFunction<T> {
    T apply(Conn conn) throws SQLException;
}
