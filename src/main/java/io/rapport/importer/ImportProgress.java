package io.rapport.importer;

/** Receives import progress and answers whether to stop. */
public interface ImportProgress {
    ImportProgress NONE = new ImportProgress() {
        @Override
        public void update(long done, long total, long records) {
        }

        @Override
        public boolean isCancelled() {
            return false;
        }
    };

    void update(long bytesDone, long bytesTotal, long records);

    boolean isCancelled();
}
