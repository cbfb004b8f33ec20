package io.rapport.importer;

import io.rapport.customer.Channel;
import io.rapport.customer.CustomerDraft;
import io.rapport.customer.Direction;
import io.rapport.customer.InteractionDraft;
import java.io.BufferedInputStream;
import java.io.ByteArrayInputStream;
import java.io.ByteArrayOutputStream;
import java.io.IOException;
import java.io.InputStream;
import java.io.Reader;
import java.nio.file.Files;
import java.nio.file.Path;
import java.time.Instant;
import java.util.ArrayList;
import java.util.Iterator;
import java.util.List;
import java.util.Locale;
import java.util.Set;
import java.util.function.Consumer;
import java.util.stream.Stream;
import org.apache.james.mime4j.MimeException;
import org.apache.james.mime4j.dom.Body;
import org.apache.james.mime4j.dom.Entity;
import org.apache.james.mime4j.dom.Message;
import org.apache.james.mime4j.dom.Multipart;
import org.apache.james.mime4j.dom.TextBody;
import org.apache.james.mime4j.dom.address.AddressList;
import org.apache.james.mime4j.dom.address.Mailbox;
import org.apache.james.mime4j.dom.address.MailboxList;
import org.apache.james.mime4j.message.DefaultMessageBuilder;
import org.apache.james.mime4j.stream.MimeConfig;

/**
 * E-mail from an mbox file or a folder of .eml files, parsed with mime4j (multipart,
 * quoted-printable, base64, any charset Java knows: ISO-8859-2, Windows-1250 …). A message
 * from one of {@code ourDomains} is an outbound reply to its first recipient; any other is
 * inbound from its sender. The Message-ID makes re-imports idempotent.
 */
public final class MailReader implements RecordReader {
    private static final int MAX_MESSAGE = 50 * 1024 * 1024;
    private static final int MAX_BODY_CHARS = 100_000;

    private final Set<String> ourDomains;
    private final Iterator<Path> files;
    private final BufferedInputStream mbox;
    private final CountingInputStream counter;
    private long mboxLine;
    private byte[] pendingSeparator;
    private long messageNo;
    private long filesBytes;

    private MailReader(Iterator<Path> files, InputStream mboxStream, Set<String> ourDomains) {
        this.files = files;
        this.counter = mboxStream == null ? null : new CountingInputStream(mboxStream);
        this.mbox = counter == null ? null : new BufferedInputStream(counter, 1 << 16);
        this.ourDomains = ourDomains;
    }

    /** An mbox file (messages separated by "From " lines; mboxrd quoting undone). */
    public static MailReader mbox(Path file, Set<String> ourDomains) throws IOException {
        return new MailReader(null, Files.newInputStream(file), ourDomains);
    }

    /** One .eml file, or every .eml file in a folder (sorted by name). */
    public static MailReader eml(Path fileOrFolder, Set<String> ourDomains) throws IOException {
        List<Path> list = new ArrayList<>();
        if (Files.isDirectory(fileOrFolder)) {
            try (Stream<Path> s = Files.list(fileOrFolder)) {
                s.filter(p -> p.getFileName().toString().toLowerCase(Locale.ROOT).endsWith(".eml")).sorted()
                        .forEach(list::add);
            }
        } else {
            list.add(fileOrFolder);
        }
        return new MailReader(list.iterator(), null, ourDomains);
    }

    @Override
    public ImportRecord next(Consumer<Problem> problems) throws IOException {
        while (true) {
            byte[] raw;
            long line;
            String where;
            if (mbox != null) {
                line = mboxLine + 1;
                raw = nextMboxMessage();
                if (raw == null) {
                    return null;
                }
                messageNo++;
                where = "message " + messageNo;
            } else {
                if (!files.hasNext()) {
                    return null;
                }
                Path p = files.next();
                line = 0;
                where = p.getFileName().toString();
                long size = Files.size(p);
                filesBytes += size;
                if (size > MAX_MESSAGE) {
                    problems.accept(new Problem(0, where + ": larger than 50 MB, skipped"));
                    continue;
                }
                raw = Files.readAllBytes(p);
            }
            if (raw.length > MAX_MESSAGE) {
                problems.accept(new Problem(line, where + ": larger than 50 MB, skipped"));
                continue;
            }
            try {
                return toRecord(line, where, raw);
            } catch (InvalidRecord e) {
                problems.accept(new Problem(line, where + ": " + e.getMessage()));
            } catch (MimeException | IOException | RuntimeException e) {
                problems.accept(new Problem(line, where + ": cannot be parsed (" + e.getMessage() + ")"));
            }
        }
    }

    /** Bytes of the next mbox message without its "From " line; null at the end. */
    private byte[] nextMboxMessage() throws IOException {
        ByteArrayOutputStream out = new ByteArrayOutputStream(8192);
        boolean started = pendingSeparator != null;
        pendingSeparator = null;
        boolean previousBlank = true;
        byte[] lineBuf;
        while ((lineBuf = readLine()) != null) {
            mboxLine++;
            boolean separator = startsWith(lineBuf, "From ") && previousBlank;
            if (separator) {
                if (started) {
                    pendingSeparator = lineBuf;
                    return out.toByteArray();
                }
                started = true;
                previousBlank = false;
                continue;
            }
            started = true;
            int off = 0;
            // mboxrd: ">From " and ">>From " lose one '>'
            if (lineBuf.length > 0 && lineBuf[0] == '>') {
                int k = 0;
                while (k < lineBuf.length && lineBuf[k] == '>') {
                    k++;
                }
                if (startsWithAt(lineBuf, k, "From ")) {
                    off = 1;
                }
            }
            if (out.size() < MAX_MESSAGE + 1) {
                out.write(lineBuf, off, lineBuf.length - off);
            }
            previousBlank = lineBuf.length == 0 || (lineBuf.length == 1 && lineBuf[0] == '\n')
                    || (lineBuf.length == 2 && lineBuf[0] == '\r' && lineBuf[1] == '\n');
        }
        return started && out.size() > 0 ? out.toByteArray() : null;
    }

    private byte[] readLine() throws IOException {
        ByteArrayOutputStream b = new ByteArrayOutputStream(128);
        int c;
        while ((c = mbox.read()) >= 0) {
            b.write(c);
            if (c == '\n') {
                break;
            }
        }
        return c < 0 && b.size() == 0 ? null : b.toByteArray();
    }

    private static boolean startsWith(byte[] b, String prefix) {
        return startsWithAt(b, 0, prefix);
    }

    private static boolean startsWithAt(byte[] b, int at, String prefix) {
        if (b.length - at < prefix.length()) {
            return false;
        }
        for (int i = 0; i < prefix.length(); i++) {
            if (b[at + i] != prefix.charAt(i)) {
                return false;
            }
        }
        return true;
    }

    private ImportRecord toRecord(long line, String where, byte[] raw) throws IOException, MimeException {
        DefaultMessageBuilder builder = new DefaultMessageBuilder();
        builder.setMimeEntityConfig(MimeConfig.PERMISSIVE);
        Message msg = builder.parseMessage(new ByteArrayInputStream(raw));
        try {
            MailboxList from = msg.getFrom();
            if (from == null || from.isEmpty()) {
                throw new InvalidRecord("no From header (not an e-mail, or truncated?)");
            }
            Mailbox sender = from.get(0);
            Instant date = msg.getDate() == null ? null : msg.getDate().toInstant();
            if (date == null) {
                throw new InvalidRecord("no valid Date header");
            }
            boolean outbound = ourDomains.contains(domainOf(sender));
            Mailbox customer = sender;
            if (outbound) {
                customer = firstMailbox(msg.getTo());
                if (customer == null) {
                    throw new InvalidRecord("sent by us but has no recipient");
                }
            }
            String body = text(msg);
            if (body != null && body.length() > MAX_BODY_CHARS) {
                body = body.substring(0, MAX_BODY_CHARS) + "\n[…]";
            }
            String messageId = msg.getMessageId();
            String sourceId = messageId != null && !messageId.isBlank() ? messageId.strip()
                    : Hashes.sha1(new String(raw, java.nio.charset.StandardCharsets.ISO_8859_1));
            String name = customer.getName();
            CustomerDraft c = CustomerDraft.named(name == null || name.isBlank() ? null : name.strip())
                    .withEmails(List.of(customer.getAddress()));
            String agent = outbound ? localPart(sender) : null;
            InteractionDraft i = new InteractionDraft(Channel.EMAIL, outbound ? Direction.OUTBOUND : Direction.INBOUND,
                    date, null, agent, msg.getSubject(), body, null, null, null, null, "email", sourceId);
            return new ImportRecord(line, c, i);
        } finally {
            msg.dispose();
        }
    }

    private static Mailbox firstMailbox(AddressList list) {
        if (list == null) {
            return null;
        }
        MailboxList flat = list.flatten();
        return flat.isEmpty() ? null : flat.get(0);
    }

    private static String domainOf(Mailbox m) {
        return m.getDomain() == null ? "" : m.getDomain().toLowerCase(Locale.ROOT);
    }

    private static String localPart(Mailbox m) {
        return m.getLocalPart();
    }

    /** The text/plain part, or the text/html part with tags removed. */
    static String text(Entity e) throws IOException {
        String plain = find(e, "text/plain");
        if (plain != null) {
            return plain.strip();
        }
        String html = find(e, "text/html");
        return html == null ? null : Html.toText(html);
    }

    private static String find(Entity e, String mime) throws IOException {
        Body body = e.getBody();
        if (body instanceof Multipart mp) {
            for (Entity part : mp.getBodyParts()) {
                if ("attachment".equalsIgnoreCase(part.getDispositionType())) {
                    continue;
                }
                String s = find(part, mime);
                if (s != null) {
                    return s;
                }
            }
            return null;
        }
        if (body instanceof Message inner) {
            return find(inner, mime);
        }
        if (body instanceof TextBody tb && mime.equalsIgnoreCase(e.getMimeType())) {
            try (Reader r = tb.getReader()) {
                StringBuilder sb = new StringBuilder();
                char[] buf = new char[8192];
                int n;
                while ((n = r.read(buf)) > 0 && sb.length() < MAX_BODY_CHARS * 2) {
                    sb.append(buf, 0, n);
                }
                return sb.toString();
            }
        }
        return null;
    }

    @Override
    public long position() {
        return counter != null ? counter.count() : filesBytes;
    }

    @Override
    public void close() throws IOException {
        if (mbox != null) {
            mbox.close();
        }
    }
}
