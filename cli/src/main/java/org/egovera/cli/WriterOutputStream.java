package org.egovera.cli;

import java.io.IOException;
import java.io.OutputStream;
import java.io.Writer;
import java.nio.ByteBuffer;
import java.nio.CharBuffer;
import java.nio.charset.CharsetDecoder;
import java.nio.charset.CoderResult;
import java.nio.charset.CodingErrorAction;
import java.nio.charset.StandardCharsets;

/**
 * UTF-8 bytes into the {@link Writer} picocli hands a command, so that writers of RDF and results, which
 * produce bytes, print through the command's output (and tests capture it). Decodes as it goes, keeping a
 * multi-byte character split across writes until its last byte arrives.
 */
final class WriterOutputStream extends OutputStream {

    private final Writer writer;
    private final CharsetDecoder decoder = StandardCharsets.UTF_8.newDecoder()
            .onMalformedInput(CodingErrorAction.REPLACE).onUnmappableCharacter(CodingErrorAction.REPLACE);
    private final ByteBuffer bytes = ByteBuffer.allocate(8192);
    private final CharBuffer chars = CharBuffer.allocate(8192);

    WriterOutputStream(Writer writer) {
        this.writer = writer;
    }

    @Override
    public void write(int b) throws IOException {
        write(new byte[] { (byte) b }, 0, 1);
    }

    @Override
    public void write(byte[] data, int offset, int length) throws IOException {
        int position = offset;
        int end = offset + length;
        while (position < end) {
            int chunk = Math.min(bytes.remaining(), end - position);
            bytes.put(data, position, chunk);
            position += chunk;
            decode(false);
        }
    }

    @Override
    public void flush() throws IOException {
        decode(false);
        writer.flush();
    }

    @Override
    public void close() throws IOException {
        decode(true);
        writer.flush();
    }

    private void decode(boolean endOfInput) throws IOException {
        bytes.flip();
        CoderResult result;
        do {
            result = decoder.decode(bytes, chars, endOfInput);
            chars.flip();
            writer.write(chars.array(), chars.arrayOffset() + chars.position(), chars.remaining());
            chars.clear();
        } while (result.isOverflow());
        bytes.compact();
    }
}
