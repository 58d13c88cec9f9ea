//! The passphrase lock's stored form and rules. When the lock is on, the stored text holds only a
//! sealed envelope: the document encrypted with AES-256-GCM under a random data key, and that
//! data key wrapped (AES-256-GCM) under a key derived from the passphrase with PBKDF2-SHA256.
//! The cryptography runs in the browser's WebCrypto (see `web::crypto`); this module only
//! describes and checks the envelope, and decides when an idle lock engages.

use serde::{Deserialize, Serialize};

/// PBKDF2-SHA256 iterations for a new lock (OWASP's 2023 figure for PBKDF2-HMAC-SHA256).
pub const ITERATIONS: u32 = 600_000;
/// Bytes of salt for PBKDF2.
pub const SALT_LEN: usize = 16;
/// Bytes of an AES-GCM nonce (96 bits).
pub const IV_LEN: usize = 12;
/// A wrapped 256-bit key with its 128-bit tag.
pub const WRAPPED_KEY_LEN: usize = 48;
/// The shortest passphrase accepted.
pub const MIN_PASSPHRASE_CHARS: usize = 8;
/// Idle times offered, in minutes.
pub const IDLE_MINUTES: [u32; 5] = [1, 5, 15, 30, 60];

/// What is needed to open the data key: the passphrase's salt and the wrapped key.
#[derive(Clone, Debug, PartialEq, Eq, Serialize, Deserialize)]
pub struct KeyBox {
    pub kdf: String,
    pub iterations: u32,
    /// Base64.
    pub salt: String,
    /// Base64 nonce used to wrap the data key.
    pub wrap_iv: String,
    /// Base64 wrapped data key.
    pub wrapped_key: String,
}

/// The stored text while the lock is on.
#[derive(Clone, Debug, PartialEq, Eq, Serialize, Deserialize)]
pub struct Locked {
    pub schema: u32,
    pub revision: u64,
    /// Minutes without input after which the lock engages again.
    pub idle_min: u32,
    pub key: KeyBox,
    /// Base64 nonce of this save (fresh for every save).
    pub iv: String,
    /// Base64 AES-GCM ciphertext of the document's JSON, tag included.
    pub ciphertext: String,
}

impl KeyBox {
    /// True when every field has the shape this build writes.
    pub fn is_valid(&self) -> bool {
        self.kdf == "PBKDF2-SHA256"
            && self.iterations >= ITERATIONS
            && decoded_len(&self.salt) == Some(SALT_LEN)
            && decoded_len(&self.wrap_iv) == Some(IV_LEN)
            && decoded_len(&self.wrapped_key) == Some(WRAPPED_KEY_LEN)
    }
}

impl Locked {
    /// Reads a locked envelope; `None` when `raw` is not one (or is malformed).
    pub fn parse(raw: &str) -> Option<Locked> {
        let locked: Locked = serde_json::from_str(raw).ok()?;
        let ok = locked.key.is_valid()
            && decoded_len(&locked.iv) == Some(IV_LEN)
            && base64_decode(&locked.ciphertext).is_some_and(|c| c.len() >= 16);
        ok.then_some(locked)
    }

    /// The stored text.
    pub fn encode(&self) -> String {
        serde_json::to_string(self).unwrap_or_default()
    }
}

/// True when `raw` names a lock (has a "key" box and "ciphertext"), valid or not: such text is
/// never treated as a plain document.
pub fn looks_locked(raw: &str) -> bool {
    #[derive(Deserialize)]
    struct Probe {
        #[serde(default)]
        key: Option<serde::de::IgnoredAny>,
        #[serde(default)]
        ciphertext: Option<serde::de::IgnoredAny>,
    }
    serde_json::from_str::<Probe>(raw)
        .ok()
        .is_some_and(|p| p.key.is_some() && p.ciphertext.is_some())
}

/// Why a new passphrase is refused. The message for the client is in the catalogue
/// (`crate::messages::data::Lock::passphrase_problem`).
#[derive(Clone, Copy, Debug, PartialEq, Eq)]
pub enum PassphraseProblem {
    /// Fewer than `MIN_PASSPHRASE_CHARS` characters.
    TooShort,
    /// The repeated entry differs from the first.
    NotRepeated,
}

/// Why a passphrase is refused when setting one.
pub fn passphrase_problem(passphrase: &str, repeated: &str) -> Option<PassphraseProblem> {
    if passphrase.chars().count() < MIN_PASSPHRASE_CHARS {
        Some(PassphraseProblem::TooShort)
    } else if passphrase != repeated {
        Some(PassphraseProblem::NotRepeated)
    } else {
        None
    }
}

/// True when the client has been idle long enough for the lock to engage.
pub fn idle_expired(last_input_ms: f64, now_ms: f64, idle_min: u32) -> bool {
    now_ms - last_input_ms >= f64::from(idle_min.max(1)) * 60_000.0
}

const ALPHABET: &[u8; 64] = b"ABCDEFGHIJKLMNOPQRSTUVWXYZabcdefghijklmnopqrstuvwxyz0123456789+/";

/// Standard base64 with padding.
pub fn base64_encode(bytes: &[u8]) -> String {
    let mut out = String::with_capacity(bytes.len().div_ceil(3) * 4);
    for chunk in bytes.chunks(3) {
        let b = [
            chunk[0],
            chunk.get(1).copied().unwrap_or(0),
            chunk.get(2).copied().unwrap_or(0),
        ];
        let n = (u32::from(b[0]) << 16) | (u32::from(b[1]) << 8) | u32::from(b[2]);
        for (i, shift) in [18, 12, 6, 0].into_iter().enumerate() {
            if i <= chunk.len() {
                out.push(char::from(ALPHABET[((n >> shift) & 63) as usize]));
            } else {
                out.push('=');
            }
        }
    }
    out
}

/// Decodes standard base64 with padding; `None` for anything else.
pub fn base64_decode(text: &str) -> Option<Vec<u8>> {
    let bytes = text.as_bytes();
    if bytes.len() % 4 != 0 {
        return None;
    }
    let value = |c: u8| ALPHABET.iter().position(|a| *a == c).map(|p| p as u32);
    let mut out = Vec::with_capacity(bytes.len() / 4 * 3);
    for (index, chunk) in bytes.chunks(4).enumerate() {
        let last = index + 1 == bytes.len() / 4;
        let pad = chunk.iter().rev().take_while(|c| **c == b'=').count();
        if pad > 2 || (pad > 0 && !last) {
            return None;
        }
        let mut n = 0u32;
        for (i, c) in chunk.iter().enumerate() {
            let v = if i >= 4 - pad { 0 } else { value(*c)? };
            n = (n << 6) | v;
        }
        let decoded = [(n >> 16) as u8, (n >> 8) as u8, n as u8];
        out.extend_from_slice(&decoded[..3 - pad]);
    }
    Some(out)
}

fn decoded_len(text: &str) -> Option<usize> {
    base64_decode(text).map(|b| b.len())
}

#[cfg(test)]
mod tests {
    use super::*;

    #[test]
    fn base64_matches_known_values() {
        assert_eq!(base64_encode(b""), "");
        assert_eq!(base64_encode(b"f"), "Zg==");
        assert_eq!(base64_encode(b"fo"), "Zm8=");
        assert_eq!(base64_encode(b"foobar"), "Zm9vYmFy");
        assert_eq!(base64_decode("Zm9vYg==").as_deref(), Some(&b"foob"[..]));
        assert_eq!(base64_decode("Zm9v!mFy"), None);
        assert_eq!(base64_decode("Zg=a"), None);
        assert_eq!(base64_decode("Zg==Zg=="), None);
        for len in 0..70u8 {
            let data: Vec<u8> = (0..len).map(|i| i.wrapping_mul(37)).collect();
            assert_eq!(base64_decode(&base64_encode(&data)), Some(data));
        }
    }

    #[test]
    fn passphrase_rules_and_idle() {
        assert_eq!(
            passphrase_problem("short", "short"),
            Some(PassphraseProblem::TooShort)
        );
        assert_eq!(
            passphrase_problem("long enough", "long enougH"),
            Some(PassphraseProblem::NotRepeated)
        );
        assert_eq!(passphrase_problem("long enough", "long enough"), None);
        assert!(!idle_expired(0.0, 299_999.0, 5));
        assert!(idle_expired(0.0, 300_000.0, 5));
    }
}
