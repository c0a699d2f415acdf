//! A small ZIP reader for the parts of `.xlsx` and `.ods` files: the end of
//! central directory record, the central directory and the local headers,
//! entries stored (method 0) or deflated (method 8, through `miniz_oxide`).
//!
//! Anything else is refused with a [`ZipError`]: encrypted entries, ZIP64,
//! archives split over several disks, other compression methods, and every
//! offset or length that points outside the file.
//!
//! # Zip bombs
//! A few kilobytes of deflate can inflate to gigabytes, so nothing here
//! trusts a declared size: an entry declaring more than
//! [`Limits::entry_bytes`] is refused before it is inflated, and an entry is
//! inflated with its declared size as the limit, so one that would grow past
//! it stops there ([`ZipError::SizeMismatch`]). The entries read from one
//! archive may not inflate to more than [`Limits::total_bytes`] together, and
//! an archive may not list more than [`Limits::entries`] entries.

use miniz_oxide::inflate::decompress_to_vec_with_limit;

/// Caps on what one archive may hold.
#[derive(Clone, Copy, Debug, PartialEq, Eq)]
pub struct Limits {
    /// Entries listed in the central directory.
    pub entries: usize,
    /// Inflated bytes of one entry.
    pub entry_bytes: u64,
    /// Inflated bytes of every entry read from the archive, together.
    pub total_bytes: u64,
}

impl Limits {
    /// The caps the importer uses: 10,000 entries, 150 MB for one entry and
    /// 200 MB in all (a sheet of a million rows is about 100 MB of XML).
    pub const DEFAULT: Limits = Limits {
        entries: 10_000,
        entry_bytes: 150 * 1024 * 1024,
        total_bytes: 200 * 1024 * 1024,
    };
}

impl Default for Limits {
    fn default() -> Self {
        Limits::DEFAULT
    }
}

/// Why an archive or one of its entries could not be read.
#[derive(Clone, Debug, PartialEq, Eq)]
pub enum ZipError {
    /// No end of central directory record: not a ZIP file.
    NotAZip,
    /// A record or an entry's data runs past the end of the file.
    Truncated,
    /// A record does not have its signature or its lengths do not add up.
    Malformed,
    /// The archive uses ZIP64 (files over 4 GB), which is not read.
    Zip64,
    /// The archive is split over several files.
    MultiDisk,
    /// The central directory lists more entries than [`Limits::entries`].
    TooManyEntries,
    /// The entry is encrypted (password-protected).
    Encrypted { name: String },
    /// The entry is compressed with a method other than stored or deflate.
    UnsupportedMethod { name: String, method: u16 },
    /// The entry declares more than [`Limits::entry_bytes`].
    EntryTooLarge { name: String },
    /// Reading the entry would take the archive past [`Limits::total_bytes`].
    TotalTooLarge,
    /// The entry inflates to another size than it declares (a zip bomb
    /// declares a small size and inflates far past it: inflating stops at
    /// the declared size).
    SizeMismatch { name: String },
    /// The deflated data is not valid.
    Corrupt { name: String },
    /// No entry has this name.
    Missing { name: String },
}

impl std::fmt::Display for ZipError {
    fn fmt(&self, f: &mut std::fmt::Formatter<'_>) -> std::fmt::Result {
        match self {
            ZipError::NotAZip => write!(f, "not a ZIP archive"),
            ZipError::Truncated => write!(f, "the archive is cut short"),
            ZipError::Malformed => write!(f, "the archive's directory is damaged"),
            ZipError::Zip64 => write!(f, "ZIP64 archives are not supported"),
            ZipError::MultiDisk => write!(f, "archives split over several files are not supported"),
            ZipError::TooManyEntries => write!(f, "the archive holds too many files"),
            ZipError::Encrypted { name } => write!(f, "{name} is encrypted"),
            ZipError::UnsupportedMethod { name, method } => {
                write!(f, "{name} is compressed with an unsupported method ({method})")
            }
            ZipError::EntryTooLarge { name } => write!(f, "{name} is too large"),
            ZipError::TotalTooLarge => write!(f, "the archive inflates to too much data"),
            ZipError::SizeMismatch { name } => write!(f, "{name} does not inflate to the size it declares"),
            ZipError::Corrupt { name } => write!(f, "{name} is damaged"),
            ZipError::Missing { name } => write!(f, "{name} is missing"),
        }
    }
}

impl std::error::Error for ZipError {}

/// One entry of the central directory.
#[derive(Clone, Debug, PartialEq, Eq)]
pub struct Entry {
    /// The entry's path inside the archive.
    pub name: String,
    flags: u16,
    method: u16,
    compressed: u64,
    /// The inflated size the directory declares (not trusted).
    declared: u64,
    local_offset: u64,
}

/// An open archive: its entries, read from the central directory, and the
/// bytes the entries are read from.
#[derive(Debug)]
pub struct Archive<'a> {
    bytes: &'a [u8],
    entries: Vec<Entry>,
    limits: Limits,
    /// Inflated bytes handed out so far.
    used: u64,
}

const EOCD_SIGNATURE: u32 = 0x0605_4b50;
const ZIP64_LOCATOR_SIGNATURE: u32 = 0x0706_4b50;
const CENTRAL_SIGNATURE: u32 = 0x0201_4b50;
const LOCAL_SIGNATURE: u32 = 0x0403_4b50;
const EOCD_LEN: usize = 22;
const CENTRAL_LEN: usize = 46;
const LOCAL_LEN: usize = 30;

fn u16_at(bytes: &[u8], at: usize, offset: usize) -> Result<u16, ZipError> {
    let at = at.checked_add(offset).ok_or(ZipError::Truncated)?;
    let end = at.checked_add(2).ok_or(ZipError::Truncated)?;
    match bytes.get(at..end) {
        Some(&[a, b]) => Ok(u16::from_le_bytes([a, b])),
        _ => Err(ZipError::Truncated),
    }
}

fn u32_at(bytes: &[u8], at: usize, offset: usize) -> Result<u32, ZipError> {
    let at = at.checked_add(offset).ok_or(ZipError::Truncated)?;
    let end = at.checked_add(4).ok_or(ZipError::Truncated)?;
    match bytes.get(at..end) {
        Some(&[a, b, c, d]) => Ok(u32::from_le_bytes([a, b, c, d])),
        _ => Err(ZipError::Truncated),
    }
}

fn to_usize(n: u64) -> Result<usize, ZipError> {
    usize::try_from(n).map_err(|_| ZipError::Truncated)
}

/// The offset of the end of central directory record: the last signature
/// in the final 64 KB + 22 bytes (the record and the longest comment).
fn find_eocd(bytes: &[u8]) -> Result<usize, ZipError> {
    let last = bytes.len().checked_sub(EOCD_LEN).ok_or(ZipError::NotAZip)?;
    let first = last.saturating_sub(usize::from(u16::MAX));
    (first..=last)
        .rev()
        .find(|&at| u32_at(bytes, at, 0) == Ok(EOCD_SIGNATURE))
        .ok_or(ZipError::NotAZip)
}

impl<'a> Archive<'a> {
    /// Reads the central directory of `bytes` with the default [`Limits`].
    pub fn open(bytes: &'a [u8]) -> Result<Archive<'a>, ZipError> {
        Archive::with_limits(bytes, Limits::DEFAULT)
    }

    /// Reads the central directory of `bytes` with the given caps.
    pub fn with_limits(bytes: &'a [u8], limits: Limits) -> Result<Archive<'a>, ZipError> {
        let eocd = find_eocd(bytes)?;
        let disk = u16_at(bytes, eocd, 4)?;
        let cd_disk = u16_at(bytes, eocd, 6)?;
        let on_disk = u16_at(bytes, eocd, 8)?;
        let total = u16_at(bytes, eocd, 10)?;
        let cd_size = u32_at(bytes, eocd, 12)?;
        let cd_offset = u32_at(bytes, eocd, 16)?;
        let zip64_locator = eocd
            .checked_sub(20)
            .is_some_and(|at| u32_at(bytes, at, 0) == Ok(ZIP64_LOCATOR_SIGNATURE));
        if zip64_locator || total == u16::MAX || cd_size == u32::MAX || cd_offset == u32::MAX {
            return Err(ZipError::Zip64);
        }
        if disk != 0 || cd_disk != 0 || on_disk != total {
            return Err(ZipError::MultiDisk);
        }
        if usize::from(total) > limits.entries {
            return Err(ZipError::TooManyEntries);
        }
        let start = to_usize(u64::from(cd_offset))?;
        let end = start
            .checked_add(to_usize(u64::from(cd_size))?)
            .ok_or(ZipError::Truncated)?;
        if end > eocd {
            return Err(ZipError::Truncated);
        }
        let mut entries = Vec::with_capacity(usize::from(total));
        let mut at = start;
        for _ in 0..total {
            if u32_at(bytes, at, 0)? != CENTRAL_SIGNATURE {
                return Err(ZipError::Malformed);
            }
            let flags = u16_at(bytes, at, 8)?;
            let method = u16_at(bytes, at, 10)?;
            let compressed = u32_at(bytes, at, 20)?;
            let declared = u32_at(bytes, at, 24)?;
            let name_len = usize::from(u16_at(bytes, at, 28)?);
            let extra_len = usize::from(u16_at(bytes, at, 30)?);
            let comment_len = usize::from(u16_at(bytes, at, 32)?);
            let local_offset = u32_at(bytes, at, 42)?;
            if compressed == u32::MAX || declared == u32::MAX || local_offset == u32::MAX {
                return Err(ZipError::Zip64);
            }
            let name_start = at.checked_add(CENTRAL_LEN).ok_or(ZipError::Truncated)?;
            let name_end = name_start.checked_add(name_len).ok_or(ZipError::Truncated)?;
            let name = bytes.get(name_start..name_end).ok_or(ZipError::Truncated)?;
            at = name_end
                .checked_add(extra_len)
                .and_then(|n| n.checked_add(comment_len))
                .ok_or(ZipError::Truncated)?;
            if at > end {
                return Err(ZipError::Malformed);
            }
            entries.push(Entry {
                name: String::from_utf8_lossy(name).into_owned(),
                flags,
                method,
                compressed: u64::from(compressed),
                declared: u64::from(declared),
                local_offset: u64::from(local_offset),
            });
        }
        Ok(Archive {
            bytes,
            entries,
            limits,
            used: 0,
        })
    }

    /// The entries, in the order of the central directory.
    pub fn entries(&self) -> &[Entry] {
        &self.entries
    }

    /// Whether an entry has this name (ASCII case ignored, as OPC packages
    /// compare part names).
    pub fn contains(&self, name: &str) -> bool {
        self.find(name).is_some()
    }

    fn find(&self, name: &str) -> Option<&Entry> {
        self.entries.iter().find(|e| e.name.eq_ignore_ascii_case(name))
    }

    /// The inflated bytes of the entry `name`, within the archive's caps.
    pub fn read(&mut self, name: &str) -> Result<Vec<u8>, ZipError> {
        let entry = self
            .find(name)
            .ok_or_else(|| ZipError::Missing { name: name.to_string() })?;
        let data = self.read_entry(entry)?;
        let size = u64::try_from(data.len()).unwrap_or(u64::MAX);
        self.used = self.used.saturating_add(size);
        Ok(data)
    }

    fn read_entry(&self, entry: &Entry) -> Result<Vec<u8>, ZipError> {
        let name = || entry.name.clone();
        if entry.flags & 1 != 0 || entry.method == 99 {
            return Err(ZipError::Encrypted { name: name() });
        }
        if entry.declared > self.limits.entry_bytes {
            return Err(ZipError::EntryTooLarge { name: name() });
        }
        if self.used.saturating_add(entry.declared) > self.limits.total_bytes {
            return Err(ZipError::TotalTooLarge);
        }
        let bytes = self.bytes;
        let at = to_usize(entry.local_offset)?;
        if u32_at(bytes, at, 0)? != LOCAL_SIGNATURE {
            return Err(ZipError::Malformed);
        }
        let name_len = usize::from(u16_at(bytes, at, 26)?);
        let extra_len = usize::from(u16_at(bytes, at, 28)?);
        let start = at
            .checked_add(LOCAL_LEN)
            .and_then(|n| n.checked_add(name_len))
            .and_then(|n| n.checked_add(extra_len))
            .ok_or(ZipError::Truncated)?;
        let end = start
            .checked_add(to_usize(entry.compressed)?)
            .ok_or(ZipError::Truncated)?;
        let data = bytes.get(start..end).ok_or(ZipError::Truncated)?;
        let declared = to_usize(entry.declared)?;
        let out = match entry.method {
            0 if data.len() == declared => data.to_vec(),
            0 => return Err(ZipError::SizeMismatch { name: name() }),
            8 => decompress_to_vec_with_limit(data, declared).map_err(|e| {
                if e.output.len() >= declared {
                    ZipError::SizeMismatch { name: name() }
                } else {
                    ZipError::Corrupt { name: name() }
                }
            })?,
            method => return Err(ZipError::UnsupportedMethod { name: name(), method }),
        };
        if out.len() != declared {
            return Err(ZipError::SizeMismatch { name: name() });
        }
        Ok(out)
    }
}
