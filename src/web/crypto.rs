//! The passphrase lock's cryptography, all through the browser's WebCrypto (`SubtleCrypto`):
//! PBKDF2-SHA256 (600,000 iterations, random 16-byte salt) derives a key-wrapping key from the
//! passphrase; a random AES-256-GCM data key encrypts the document with a fresh random 96-bit
//! nonce on every save; the data key is stored only wrapped (AES-GCM) by the passphrase key, so
//! changing the passphrase re-wraps that key and nothing else.

use crate::model::lock::{
    base64_decode, base64_encode, KeyBox, Locked, ITERATIONS, IV_LEN, SALT_LEN,
};
use js_sys::{Array, Object, Reflect, Uint8Array};
use wasm_bindgen::{JsCast, JsValue};
use wasm_bindgen_futures::JsFuture;

/// The unlocked data key and the box it is stored in.
#[derive(Clone)]
pub struct Keys {
    data_key: JsValue,
    pub key_box: KeyBox,
}

/// Why a locked document did not open.
#[derive(Clone, Copy, Debug, PartialEq, Eq)]
pub enum OpenError {
    /// The passphrase does not unwrap the data key (or the wrapped key was altered).
    WrongPassphrase,
    /// The key opened, but the document failed its integrity check: it was altered or damaged.
    Damaged,
    /// This browser has no WebCrypto (for example, a page not served over HTTPS or localhost).
    Unavailable,
}

fn subtle() -> Result<web_sys::SubtleCrypto, JsValue> {
    let crypto = web_sys::window().ok_or(JsValue::NULL)?.crypto()?;
    Ok(crypto.subtle())
}

fn random(len: usize) -> Result<Vec<u8>, JsValue> {
    let crypto = web_sys::window().ok_or(JsValue::NULL)?.crypto()?;
    let mut bytes = vec![0u8; len];
    crypto.get_random_values_with_u8_array(&mut bytes)?;
    Ok(bytes)
}

fn object(pairs: &[(&str, JsValue)]) -> Result<Object, JsValue> {
    let o = Object::new();
    for (k, v) in pairs {
        Reflect::set(&o, &JsValue::from_str(k), v)?;
    }
    Ok(o)
}

fn bytes(data: &[u8]) -> Uint8Array {
    Uint8Array::from(data)
}

fn usages(list: &[&str]) -> Array {
    list.iter().map(|u| JsValue::from_str(u)).collect()
}

async fn wait(promise: js_sys::Promise) -> Result<JsValue, JsValue> {
    JsFuture::from(promise).await
}

fn aes_gcm(iv: &[u8]) -> Result<Object, JsValue> {
    object(&[("name", "AES-GCM".into()), ("iv", bytes(iv).into())])
}

/// Derives the key-wrapping key from a passphrase and salt.
async fn wrapping_key(passphrase: &str, salt: &[u8], iterations: u32) -> Result<JsValue, JsValue> {
    let subtle = subtle()?;
    let raw = bytes(passphrase.as_bytes());
    let base =
        wait(subtle.import_key_with_str("raw", &raw, "PBKDF2", false, &usages(&["deriveKey"]))?)
            .await?;
    let params = object(&[
        ("name", "PBKDF2".into()),
        ("hash", "SHA-256".into()),
        ("salt", bytes(salt).into()),
        ("iterations", JsValue::from(iterations)),
    ])?;
    let target = object(&[("name", "AES-GCM".into()), ("length", JsValue::from(256))])?;
    wait(subtle.derive_key_with_object_and_object(
        &params,
        base.unchecked_ref(),
        &target,
        false,
        &usages(&["wrapKey", "unwrapKey"]),
    )?)
    .await
}

async fn wrap(data_key: &JsValue, passphrase: &str) -> Result<KeyBox, JsValue> {
    let salt = random(SALT_LEN)?;
    let iv = random(IV_LEN)?;
    let kek = wrapping_key(passphrase, &salt, ITERATIONS).await?;
    let wrapped = wait(subtle()?.wrap_key_with_object(
        "raw",
        data_key.unchecked_ref(),
        kek.unchecked_ref(),
        &aes_gcm(&iv)?,
    )?)
    .await?;
    Ok(KeyBox {
        kdf: "PBKDF2-SHA256".to_owned(),
        iterations: ITERATIONS,
        salt: base64_encode(&salt),
        wrap_iv: base64_encode(&iv),
        wrapped_key: base64_encode(&Uint8Array::new(&wrapped).to_vec()),
    })
}

/// A new random data key, wrapped by `passphrase`.
pub async fn create(passphrase: &str) -> Result<Keys, JsValue> {
    let params = object(&[("name", "AES-GCM".into()), ("length", JsValue::from(256))])?;
    // Extractable only so that it can be wrapped; it never leaves the page unwrapped.
    let data_key = wait(subtle()?.generate_key_with_object(
        &params,
        true,
        &usages(&["encrypt", "decrypt"]),
    )?)
    .await?;
    let key_box = wrap(&data_key, passphrase).await?;
    Ok(Keys { data_key, key_box })
}

/// The same data key, wrapped by a new passphrase (with a new salt).
pub async fn rewrap(keys: &Keys, passphrase: &str) -> Result<Keys, JsValue> {
    let key_box = wrap(&keys.data_key, passphrase).await?;
    Ok(Keys {
        data_key: keys.data_key.clone(),
        key_box,
    })
}

/// Opens a locked envelope with `passphrase`: the data key and the document's JSON.
pub async fn open(passphrase: &str, locked: &Locked) -> Result<(Keys, String), OpenError> {
    let k = &locked.key;
    let decode = |s: &str| base64_decode(s).ok_or(OpenError::Damaged);
    let (salt, wrap_iv, wrapped) = (
        decode(&k.salt)?,
        decode(&k.wrap_iv)?,
        decode(&k.wrapped_key)?,
    );
    let subtle = subtle().map_err(|_| OpenError::Unavailable)?;
    let kek = wrapping_key(passphrase, &salt, k.iterations)
        .await
        .map_err(|_| OpenError::Unavailable)?;
    let target = object(&[("name", "AES-GCM".into()), ("length", JsValue::from(256))])
        .map_err(|_| OpenError::Unavailable)?;
    let unwrap_params = aes_gcm(&wrap_iv).map_err(|_| OpenError::Unavailable)?;
    // Extractable so that a later passphrase change can wrap it again.
    let promise = subtle
        .unwrap_key_with_u8_array_and_object_and_object(
            "raw",
            &wrapped,
            kek.unchecked_ref(),
            &unwrap_params,
            &target,
            true,
            &usages(&["encrypt", "decrypt"]),
        )
        .map_err(|_| OpenError::WrongPassphrase)?;
    let data_key = wait(promise)
        .await
        .map_err(|_| OpenError::WrongPassphrase)?;
    let keys = Keys {
        data_key,
        key_box: k.clone(),
    };
    let text = decrypt(&keys, locked).await?;
    Ok((keys, text))
}

/// Decrypts an envelope written with the same data key.
pub async fn decrypt(keys: &Keys, locked: &Locked) -> Result<String, OpenError> {
    let iv = base64_decode(&locked.iv).ok_or(OpenError::Damaged)?;
    let data = base64_decode(&locked.ciphertext).ok_or(OpenError::Damaged)?;
    let params = aes_gcm(&iv).map_err(|_| OpenError::Unavailable)?;
    let promise = subtle()
        .map_err(|_| OpenError::Unavailable)?
        .decrypt_with_object_and_u8_array(&params, keys.data_key.unchecked_ref(), &data)
        .map_err(|_| OpenError::Damaged)?;
    let plain = wait(promise).await.map_err(|_| OpenError::Damaged)?;
    String::from_utf8(Uint8Array::new(&plain).to_vec()).map_err(|_| OpenError::Damaged)
}

/// Encrypts `plaintext` with a fresh nonce into a stored envelope.
pub async fn seal(
    keys: &Keys,
    plaintext: &str,
    schema: u32,
    revision: u64,
    idle_min: u32,
) -> Result<Locked, JsValue> {
    let iv = random(IV_LEN)?;
    let data = plaintext.as_bytes().to_vec();
    let promise = subtle()?.encrypt_with_object_and_u8_array(
        &aes_gcm(&iv)?,
        keys.data_key.unchecked_ref(),
        &data,
    )?;
    let cipher = wait(promise).await?;
    Ok(Locked {
        schema,
        revision,
        idle_min,
        key: keys.key_box.clone(),
        iv: base64_encode(&iv),
        ciphertext: base64_encode(&Uint8Array::new(&cipher).to_vec()),
    })
}
