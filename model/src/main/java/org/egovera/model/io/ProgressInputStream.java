package org.egovera.model.io;

import java.io.FilterInputStream;
import java.io.IOException;
import java.io.InputStream;

/** Reports the bytes read through it as progress. */
final class ProgressInputStream extends FilterInputStream {

    private final Progress progress;

    ProgressInputStream(InputStream in, Progress progress) {
        super(in);
        this.progress = progress;
    }

    @Override
    public int read() throws IOException {
        int b = super.read();
        if (b >= 0) {
            progress.advance(1);
        }
        return b;
    }

    @Override
    public int read(byte[] buffer, int offset, int length) throws IOException {
        int count = super.read(buffer, offset, length);
        if (count > 0) {
            progress.advance(count);
        }
        return count;
    }

    @Override
    public long skip(long n) throws IOException {
        long skipped = super.skip(n);
        progress.advance(skipped);
        return skipped;
    }
}
