package cz.css.ledger.audit.seal;

import cz.css.ledger.audit.offline.ChainHash;
import cz.css.ledger.audit.offline.LengthPrefixed;
import java.io.ByteArrayInputStream;
import java.io.ByteArrayOutputStream;
import java.io.DataInputStream;
import java.io.DataOutputStream;
import java.io.IOException;
import java.io.UncheckedIOException;
import java.util.ArrayList;
import java.util.List;

/**
 * The links of one sealed batch, stored as one row of {@code ledger_seal_block}: consecutive chain
 * positions from {@code firstPosition}, each event's identity, time and digests packed into one
 * column, and the chain hash after the last of them. The chain itself is unchanged, one link per
 * event ({@link ChainHash}); only the hashes between a block's first and last link are not stored,
 * they follow from the digests. One row per batch instead of one per event is what keeps sealing
 * cheap beside the writers (docs/audit.md, "What sealing costs").
 *
 * <p>Packed form ({@value #FORMAT}): the format tag, the number of links, then for each link its global
 * index, event id, aggregate id, sequence number, timestamp text, payload digest, metadata digest and
 * event digest, in the canonical form's encoding (numbers 8 bytes big-endian, strings and byte arrays
 * prefixed by their 4-byte length, -1 for an absent value).
 */
public record SealBlock(long firstPosition, List<Link> links, byte[] chainHash) {
    static final String FORMAT = "cz.css.ledger/seal-block/v1";

    public SealBlock {
        links = List.copyOf(links);
        if (links.isEmpty()) {
            throw new IllegalArgumentException("A seal block holds at least one link");
        }
    }

    /** One sealed event: what verification compares the stored event with. */
    public record Link(long globalIndex, String eventIdentifier, String aggregateIdentifier, long sequenceNumber,
            String timeStamp, byte[] payloadDigest, byte[] metaDataDigest, byte[] eventDigest) {
    }

    public long lastPosition() {
        return firstPosition + links.size() - 1;
    }

    /** The chain hash after each link, from the one before the block. */
    public List<byte[]> chainFrom(byte[] previous) {
        var chain = new ArrayList<byte[]>(links.size());
        byte[] link = previous;
        for (Link each : links) {
            link = ChainHash.link(link, each.eventDigest());
            chain.add(link);
        }
        return chain;
    }

    public byte[] packedLinks() {
        var bytes = new ByteArrayOutputStream(links.size() * 240);
        try (var out = new DataOutputStream(bytes)) {
            LengthPrefixed.write(out, FORMAT);
            out.writeInt(links.size());
            for (Link link : links) {
                out.writeLong(link.globalIndex());
                LengthPrefixed.write(out, link.eventIdentifier());
                LengthPrefixed.write(out, link.aggregateIdentifier());
                out.writeLong(link.sequenceNumber());
                LengthPrefixed.write(out, link.timeStamp());
                LengthPrefixed.write(out, link.payloadDigest());
                LengthPrefixed.write(out, link.metaDataDigest());
                LengthPrefixed.write(out, link.eventDigest());
            }
        } catch (IOException e) {
            throw new UncheckedIOException(e);
        }
        return bytes.toByteArray();
    }

    /**
     * Reads a block as stored.
     *
     * @throws IllegalArgumentException if the packed links are not in the format (the row was edited)
     */
    public static SealBlock unpack(long firstPosition, byte[] packedLinks, byte[] chainHash) {
        try (var in = new DataInputStream(new ByteArrayInputStream(packedLinks))) {
            if (!FORMAT.equals(LengthPrefixed.readText(in))) {
                throw new IllegalArgumentException("not a seal block of format " + FORMAT);
            }
            int count = in.readInt();
            if (count < 1 || count > packedLinks.length) {
                throw new IllegalArgumentException("a seal block cannot hold " + count + " links");
            }
            var links = new ArrayList<Link>(count);
            for (int i = 0; i < count; i++) {
                links.add(new Link(in.readLong(), LengthPrefixed.readText(in), LengthPrefixed.readText(in), in.readLong(), LengthPrefixed.readText(in), LengthPrefixed.readBytes(in), LengthPrefixed.readBytes(in),
                        LengthPrefixed.readBytes(in)));
            }
            if (in.available() > 0) {
                throw new IllegalArgumentException(in.available() + " bytes follow the last link");
            }
            return new SealBlock(firstPosition, links, chainHash);
        } catch (IOException e) {
            throw new IllegalArgumentException("the packed links end early", e);
        }
    }
}
