package io.rapport.importer;

import java.io.IOException;
import java.io.UncheckedIOException;
import java.util.ArrayList;
import java.util.List;
import java.util.concurrent.ArrayBlockingQueue;
import java.util.concurrent.BlockingQueue;
import java.util.concurrent.TimeUnit;
import java.util.function.Consumer;

/**
 * Reads and parses records on a second thread while the store writes the previous ones, so a
 * large import uses both cores. Records and problems arrive in file order.
 */
final class PrefetchingReader implements RecordReader {
    private static final int CHUNK = 512;

    /** A piece of the source: records and problems in order, or the end, or a failure. */
    private record Chunk(List<Object> items, Throwable failure, boolean end) {
    }

    private final RecordReader delegate;
    private final BlockingQueue<Chunk> queue = new ArrayBlockingQueue<>(16);
    private final Thread thread;
    private volatile boolean closed;
    private volatile long position;
    private List<Object> current = List.of();
    private int index;
    private boolean finished;

    PrefetchingReader(RecordReader delegate) {
        this.delegate = delegate;
        this.thread = new Thread(this::produce, "rapport-import-reader");
        thread.setDaemon(true);
        thread.start();
    }

    private void produce() {
        List<Object> items = new ArrayList<>(CHUNK);
        try {
            while (!closed) {
                ImportRecord r = delegate.next(items::add);
                position = delegate.position();
                if (r != null) {
                    items.add(r);
                }
                if (r == null || items.size() >= CHUNK) {
                    put(new Chunk(items, null, r == null));
                    items = new ArrayList<>(CHUNK);
                    if (r == null) {
                        return;
                    }
                }
            }
        } catch (Throwable e) {
            put(new Chunk(items, e, true));
        }
    }

    private void put(Chunk c) {
        try {
            while (!closed && !queue.offer(c, 100, TimeUnit.MILLISECONDS)) {
                // the writer is behind: wait
            }
        } catch (InterruptedException e) {
            Thread.currentThread().interrupt();
        }
    }

    @Override
    public ImportRecord next(Consumer<Problem> problems) throws IOException {
        while (true) {
            ImportRecord r = drain(problems);
            if (r != null) {
                return r;
            }
            if (finished) {
                return null;
            }
            Chunk c;
            try {
                c = queue.take();
            } catch (InterruptedException e) {
                Thread.currentThread().interrupt();
                throw new IOException("interrupted", e);
            }
            current = new ArrayList<>(c.items());
            index = 0;
            if (c.failure() != null) {
                current.add(new Failure(c.failure()));
            }
            finished = c.end();
        }
    }

    private ImportRecord drain(Consumer<Problem> problems) throws IOException {
        while (index < current.size()) {
            Object o = current.get(index++);
            if (o instanceof Problem p) {
                problems.accept(p);
            } else if (o instanceof Failure f) {
                throw rethrow(f.cause());
            } else {
                return (ImportRecord) o;
            }
        }
        return null;
    }

    private record Failure(Throwable cause) {
    }

    private static IOException rethrow(Throwable t) throws IOException {
        if (t instanceof IOException io) {
            throw io;
        }
        if (t instanceof UncheckedIOException u) {
            throw u.getCause();
        }
        if (t instanceof RuntimeException r) {
            throw r;
        }
        if (t instanceof Error e) {
            throw e;
        }
        throw new IOException(t);
    }

    @Override
    public long position() {
        return position;
    }

    @Override
    public String note() {
        return delegate.note();
    }

    @Override
    public void close() throws IOException {
        closed = true;
        thread.interrupt();
        try {
            thread.join(5000);
        } catch (InterruptedException e) {
            Thread.currentThread().interrupt();
        }
        delegate.close();
    }
}
