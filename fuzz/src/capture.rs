//! Target `capture`: the shared pcap/pcapng reader (`nlcodec_capture`) and `nldump`'s
//! whole decoding path on arbitrary input files.
//!
//! Checks: the in-memory reader (`CaptureSlice`) and the streaming reader (`CaptureReader`,
//! fed by a reader that hands out the bytes in uneven pieces) yield the same packets and
//! errors, in the same order; packet numbers increase by one; every packet's bytes lie inside
//! the input and every error offset too; both readers end. Then `nldump::decode_input`
//! decodes the bytes (as a capture, or as raw netlink messages of rtnetlink or generic
//! netlink, by the input length's parity) to text and to JSON without panicking: one text
//! block per message shown; every JSON line parses as one object; the summary is consistent
//! (printed ≤ decoded, one error line per counted error).

use nlcodec_capture::{CaptureReader, CaptureSlice, Error, Packet};
use nldump::{decode_input, Options};
use std::io::Read;

/// Hands out the input in pieces of 1, 2, 3, 5, 8, 13, 64 and 257 bytes, then again.
struct Uneven<'a> {
    data: &'a [u8],
    n: usize,
}

impl Read for Uneven<'_> {
    fn read(&mut self, buf: &mut [u8]) -> std::io::Result<usize> {
        const PIECES: [usize; 8] = [1, 2, 3, 5, 8, 13, 64, 257];
        self.n += 1;
        let k = PIECES[self.n % 8].min(buf.len()).min(self.data.len());
        buf[..k].copy_from_slice(&self.data[..k]);
        self.data = &self.data[k..];
        Ok(k)
    }
}

fn describe(r: Result<Packet<'_>, Error>) -> String {
    match r {
        Ok(p) => format!(
            "packet {} at {} proto {} {:?} type {} orig {} ts {:?} data {:02x?}",
            p.index,
            p.offset,
            p.protocol,
            p.direction,
            p.packet_type,
            p.orig_len,
            p.timestamp,
            p.data
        ),
        Err(e) => format!("error {e}"),
    }
}

/// Checks the capture readers and nldump on `data`.
pub fn check_capture(data: &[u8]) {
    // The two readers agree, record by record.
    let mut slice_items = Vec::new();
    let mut last_index = 0;
    for (i, r) in CaptureSlice::new(data).enumerate() {
        assert!(i <= data.len() + 1, "CaptureSlice does not end");
        match &r {
            Ok(p) => {
                assert_eq!(p.index, last_index + 1, "packet numbers");
                last_index = p.index;
                let (base, at) = (data.as_ptr() as usize, p.data.as_ptr() as usize);
                assert!(at >= base && at + p.data.len() <= base + data.len());
                assert!(p.offset as usize <= data.len());
            }
            Err(e) => {
                assert!(e.offset as usize <= data.len(), "{e}");
                // An error names the packet being read: the next number. (After an error
                // that ends reading, nothing follows.)
                assert_eq!(e.packet, last_index + 1, "error packet number: {e}");
                last_index = e.packet;
            }
        }
        slice_items.push(describe(r));
    }
    let stream_items: Vec<String> = CaptureReader::new(Uneven { data, n: 0 })
        .take(data.len() + 2)
        .map(describe)
        .collect();
    assert_eq!(
        slice_items, stream_items,
        "CaptureSlice and CaptureReader differ"
    );

    // nldump decodes it: as a capture when it is one, else as raw messages of rtnetlink or
    // generic netlink (by the length's parity, so each input costs one decoding).
    let protocols: &[Option<nlcodec::Protocol>] = match nldump::detect(data) {
        nldump::Format::Raw if data.len().is_multiple_of(2) => &[Some(nlcodec::Protocol::ROUTE)],
        nldump::Format::Raw => &[Some(nlcodec::Protocol::GENERIC)],
        _ => &[None],
    };
    for &protocol in protocols {
        let base = Options {
            protocol,
            stats: true,
            ..Options::default()
        };
        let (text, err, s) = decode(data, &base);
        assert!(s.shown <= s.messages);
        assert_eq!(err.lines().count() as u64, s.errors, "{err}");
        // One block per message shown, each starting with its number.
        let blocks = text.lines().filter(|l| l.starts_with('#')).count() as u64;
        assert_eq!(blocks, s.shown, "{text}");
        let json = Options { json: true, ..base };
        let (out, _, js) = decode(data, &json);
        assert_eq!(js.messages, s.messages);
        // One object per message, then the stats object.
        let lines: Vec<&str> = out.lines().collect();
        assert_eq!(lines.len() as u64, js.shown + 1);
        for l in lines {
            let v: serde_json::Value =
                serde_json::from_str(l).unwrap_or_else(|e| panic!("{e}: {l}"));
            assert!(v.is_object(), "{l}");
        }
    }
}

fn decode(data: &[u8], opts: &Options) -> (String, String, nldump::Summary) {
    let (mut out, mut err) = (Vec::new(), Vec::new());
    let s = decode_input(data, opts, &mut out, &mut err).expect("writing to memory");
    (
        String::from_utf8(out).expect("UTF-8 output"),
        String::from_utf8(err).expect("UTF-8 errors"),
        s,
    )
}
