//! Unit tests of the readers and the writer.

use super::*;
use crate::walk::TsResol;
use pcap_file::pcap::PcapHeader;
use pcap_file::pcapng::blocks::enhanced_packet::EnhancedPacketBlock;
use pcap_file::pcapng::blocks::interface_description::InterfaceDescriptionBlock;
use pcap_file::pcapng::blocks::interface_description::InterfaceDescriptionOption;
use pcap_file::pcapng::PcapNgWriter;
use pcap_file::{DataLink, Endianness, TsResolution};
use std::borrow::Cow;
use std::io::Read;
use std::time::Duration;

const DONE: [u8; 20] = [20, 0, 0, 0, 3, 0, 2, 0, 7, 0, 0, 0, 0, 0, 0, 0, 0, 0, 0, 0];

fn capture(n: usize) -> Vec<u8> {
    let mut w = PcapWriter::new(Vec::new()).unwrap();
    for i in 0..n {
        let dir = if i % 2 == 0 {
            Direction::Sent
        } else {
            Direction::Received
        };
        w.write(
            i as u16,
            dir,
            Duration::new(1_700_000_000, 123_456_000),
            &DONE,
        )
        .unwrap();
    }
    w.into_inner()
}

/// A reader that hands out one byte per call: every record crosses a refill.
struct Trickle<'a>(&'a [u8]);
impl Read for Trickle<'_> {
    fn read(&mut self, buf: &mut [u8]) -> std::io::Result<usize> {
        if self.0.is_empty() || buf.is_empty() {
            return Ok(0);
        }
        buf[0] = self.0[0];
        self.0 = &self.0[1..];
        Ok(1)
    }
}

#[test]
fn writes_the_cooked_header_in_network_order() {
    let file = capture(1);
    assert_eq!(&file[20..24], &253u32.to_ne_bytes());
    let frame = &file[40..];
    assert_eq!(
        &frame[..16],
        &[0, 4, 3, 56, 0, 0, 0, 0, 0, 0, 0, 0, 0, 0, 0, 0]
    );
    assert_eq!(&frame[16..], &DONE);
}

#[test]
fn round_trip_keeps_everything_and_counts_from_one() {
    let file = capture(5);
    for packets in [
        CaptureReader::new(&file[..])
            .collect::<Result<Vec<_>, _>>()
            .unwrap(),
        CaptureReader::new(Trickle(&file))
            .collect::<Result<Vec<_>, _>>()
            .unwrap(),
    ] {
        assert_eq!(packets.len(), 5);
        for (i, p) in packets.iter().enumerate() {
            assert_eq!(p.index, i as u64 + 1);
            assert_eq!(p.offset, 24 + i as u64 * 52);
            assert_eq!(p.protocol, i as u16);
            assert_eq!(p.direction == Direction::Sent, i % 2 == 0);
            assert_eq!(p.timestamp, Duration::new(1_700_000_000, 123_456_000));
            assert_eq!(&p.data[..], &DONE);
        }
    }
}

#[test]
fn reads_big_endian_nanosecond_pcap() {
    let header = PcapHeader {
        datalink: DataLink::NETLINK,
        ts_resolution: TsResolution::NanoSecond,
        endianness: Endianness::Big,
        ..PcapHeader::default()
    };
    let mut w = pcap_file::pcap::PcapWriter::with_header(Vec::new(), header).unwrap();
    let mut frame = cooked_header(16, Direction::Received).to_vec();
    frame.extend_from_slice(&DONE);
    let ts = Duration::new(5, 7);
    w.write_packet(&pcap_file::pcap::PcapPacket::new(
        ts,
        frame.len() as u32,
        &frame,
    ))
    .unwrap();
    let file = w.into_writer();
    let p = CaptureReader::new(&file[..]).next().unwrap().unwrap();
    assert_eq!((p.protocol, p.timestamp, &p.data[..]), (16, ts, &DONE[..]));
}

fn pcapng(linktypes: &[(DataLink, Option<u8>)], packets: &[(u32, u64)]) -> Vec<u8> {
    let mut w = PcapNgWriter::new(Vec::new()).unwrap();
    for &(lt, resol) in linktypes {
        let mut idb = InterfaceDescriptionBlock::new(lt, 0);
        if let Some(r) = resol {
            idb.options.push(InterfaceDescriptionOption::IfTsResol(r));
        }
        w.write_pcapng_block(idb).unwrap();
    }
    let mut frame = cooked_header(0, Direction::Sent).to_vec();
    frame.extend_from_slice(&DONE);
    for &(iface, units) in packets {
        w.write_pcapng_block(EnhancedPacketBlock {
            interface_id: iface,
            timestamp: Duration::from_nanos(units),
            original_len: frame.len() as u32,
            data: Cow::Borrowed(&frame),
            options: vec![],
        })
        .unwrap();
    }
    w.into_inner()
}

/// Where each block of a little-endian pcapng file ends.
fn block_ends(file: &[u8]) -> Vec<usize> {
    let mut ends = vec![];
    let mut at = 0;
    while at < file.len() {
        at += u32::from_le_bytes(file[at + 4..at + 8].try_into().unwrap()) as usize;
        ends.push(at);
    }
    ends
}

#[test]
fn reads_pcapng_with_timestamp_resolution() {
    let file = pcapng(
        &[(DataLink::NETLINK, None), (DataLink::NETLINK, Some(9))],
        &[(0, 1_500_000), (1, 1_500_000_000)],
    );
    let packets: Vec<_> = CaptureReader::new(Trickle(&file))
        .collect::<Result<_, _>>()
        .unwrap();
    assert_eq!(packets.len(), 2);
    assert_eq!(packets[0].timestamp, Duration::from_millis(1500));
    assert_eq!(packets[1].timestamp, Duration::from_millis(1500));
    assert_eq!(packets[1].index, 2);
    assert_eq!(&packets[1].data[..], &DONE);
}

#[test]
fn pcapng_packet_on_a_wrong_interface_is_an_error_and_reading_goes_on() {
    let file = pcapng(
        &[(DataLink::ETHERNET, None), (DataLink::NETLINK, None)],
        &[(0, 1), (1, 2), (1, 3), (1, 4)],
    );
    // The third packet names an interface that no block describes.
    let mut file = file;
    let third = block_ends(&file)[4];
    file[third + 8..third + 12].copy_from_slice(&7u32.to_le_bytes());
    let items: Vec<_> = CaptureReader::new(&file[..]).collect();
    assert_eq!(items.len(), 4);
    let e = items[0].as_ref().unwrap_err();
    assert!(
        matches!(e.kind, ErrorKind::WrongLinkType { linktype: 1 }),
        "{e}"
    );
    assert_eq!(e.packet, 1);
    assert_eq!(items[1].as_ref().unwrap().index, 2);
    let e = items[2].as_ref().unwrap_err();
    assert!(
        matches!(e.kind, ErrorKind::UnknownInterface { id: 7 }),
        "{e}"
    );
    assert_eq!(items[3].as_ref().unwrap().index, 4);
}

#[test]
fn wrong_link_type_is_typed_and_final() {
    let mut file = capture(2);
    file[20..24].copy_from_slice(&1u32.to_ne_bytes());
    let items: Vec<_> = CaptureReader::new(&file[..]).collect();
    assert_eq!(items.len(), 1);
    let e = items[0].as_ref().unwrap_err();
    assert!(matches!(e.kind, ErrorKind::WrongLinkType { linktype: 1 }));
    assert_eq!((e.packet, e.offset), (1, 0));
}

#[test]
fn not_a_capture_and_empty_input() {
    let e = CaptureReader::new(&DONE[..]).next().unwrap().unwrap_err();
    assert!(matches!(
        e.kind,
        ErrorKind::NotACapture {
            magic: [20, 0, 0, 0]
        }
    ));
    assert!(CaptureReader::new(&[][..]).next().is_none());
    let e = CaptureReader::new(&[0xd4, 0xc3][..])
        .next()
        .unwrap()
        .unwrap_err();
    assert!(matches!(e.kind, ErrorKind::Truncated { have: 2 }));
}

#[test]
fn every_truncation_is_an_error_never_a_panic() {
    let file = capture(3);
    for cut in 0..file.len() {
        let items: Vec<_> = CaptureReader::new(&file[..cut]).collect();
        let good = items.iter().filter(|r| r.is_ok()).count();
        let whole = cut.saturating_sub(24) / 52;
        assert_eq!(good, whole.min(3), "cut at {cut}");
        let complete = cut == 0 || (cut >= 24 && (cut - 24) % 52 == 0);
        assert_eq!(items.len() - good, usize::from(!complete), "cut at {cut}");
    }
    let ng = pcapng(&[(DataLink::NETLINK, None)], &[(0, 1), (0, 2)]);
    let ends = block_ends(&ng);
    for cut in 1..ng.len() {
        let items: Vec<_> = CaptureReader::new(&ng[..cut]).collect();
        let error = items.iter().any(Result::is_err);
        assert_eq!(error, !ends.contains(&cut), "cut at {cut}");
    }
}

fn summary<'a>(items: impl Iterator<Item = Result<Packet<'a>, Error>>) -> Vec<String> {
    items
        .map(|r| match r {
            Ok(p) => format!("{} {} {:?}", p.index, p.offset, p.data),
            Err(e) => e.to_string(),
        })
        .collect()
}

#[test]
fn slice_reader_agrees_with_the_streaming_reader() {
    let mut files = vec![capture(3)];
    files.push(pcapng(&[(DataLink::NETLINK, None)], &[(0, 1), (0, 2)]));
    let mut bad = capture(3);
    bad[24 + 52 + 18] = 0;
    files.push(bad);
    for file in files {
        for cut in 0..=file.len() {
            let f = &file[..cut];
            assert_eq!(
                summary(CaptureSlice::new(f)),
                summary(CaptureReader::new(f)),
                "cut at {cut}"
            );
        }
    }
}

#[test]
fn bad_cooked_header_names_the_packet_and_reading_goes_on() {
    let mut file = capture(3);
    let second = 24 + 52;
    file[second + 16 + 2] = 0; // hatype of packet 2
    let items: Vec<_> = CaptureReader::new(&file[..]).collect();
    assert_eq!(items.len(), 3);
    let e = items[1].as_ref().unwrap_err();
    assert_eq!((e.packet, e.offset), (2, second as u64));
    assert!(
        matches!(e.kind, ErrorKind::NotNetlink { hatype: 56 }),
        "{e}"
    );
    assert!(e.to_string().starts_with("packet 2 at byte offset 76: "));
    assert_eq!(items[2].as_ref().unwrap().index, 3);
}

#[test]
fn corrupt_length_is_refused_before_allocating() {
    let mut file = capture(2);
    file[24 + 8..24 + 12].copy_from_slice(&u32::MAX.to_ne_bytes());
    let items: Vec<_> = CaptureReader::new(&file[..]).collect();
    assert_eq!(items.len(), 1);
    let e = items[0].as_ref().unwrap_err();
    assert!(matches!(e.kind, ErrorKind::TooLong { .. }), "{e}");
    assert_eq!((e.packet, e.offset), (1, 24));
}

#[test]
fn short_packet_and_snaplen_cut() {
    let mut w = PcapWriter::new(Vec::new()).unwrap();
    w.write(0, Direction::Received, Duration::ZERO, &DONE)
        .unwrap();
    let mut file = w.into_inner();
    // orig_len larger than incl_len: the capture cut the packet.
    file[24 + 12..24 + 16].copy_from_slice(&100u32.to_ne_bytes());
    let e = CaptureReader::new(&file[..]).next().unwrap().unwrap_err();
    assert!(matches!(
        e.kind,
        ErrorKind::CutBySnaplen {
            captured: 36,
            original: 100
        }
    ));
    let e = Packet::from_cooked(9, 3, Duration::ZERO, &[0; 5]).unwrap_err();
    assert!(matches!(e.kind, ErrorKind::ShortCookedHeader { len: 5 }));
    assert_eq!((e.packet, e.offset), (9, 3));
}

#[test]
fn timestamp_resolutions() {
    assert_eq!(TsResol(6).to_duration(2_000_001), Duration::new(2, 1000));
    assert_eq!(
        TsResol(12).to_duration(3_000_000_000_007),
        Duration::new(3, 0)
    );
    assert_eq!(
        TsResol(0x80 | 10).to_duration(1024 + 512),
        Duration::new(1, 500_000_000)
    );
    let _ = TsResol(0xff).to_duration(u64::MAX);
    let _ = TsResol(0x7f).to_duration(u64::MAX);
}
