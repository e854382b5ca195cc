//! Audio for media streams: the codecs SignalWire streams in (G.711 μ-law at 8 kHz, 16-bit
//! linear PCM at 16 or 24 kHz), 20 ms frames, resampling between the three rates, tones, and
//! (feature `wav`) WAV files.
//!
//! Samples are signed 16-bit PCM, mono. L16 payloads are written and read little-endian, the
//! byte order of the media servers SignalWire streams from; SignalWire's page does not state it.

use std::fmt;
use std::str::FromStr;

/// How long one frame of a stream is: 20 ms, as the platform frames audio.
pub const FRAME_MS: u32 = 20;

/// A stream's codec, as the `<Stream codec>` attribute names it.
#[derive(Debug, Clone, Copy, PartialEq, Eq, Hash, Default)]
#[non_exhaustive]
pub enum Codec {
    /// `PCMU@8000h`: G.711 μ-law at 8 kHz (the default).
    #[default]
    Pcmu8000,
    /// `L16@16000h`: 16-bit linear PCM at 16 kHz.
    L16_16000,
    /// `L16@24000h`: 16-bit linear PCM at 24 kHz.
    L16_24000,
}

impl Codec {
    /// Every codec, in the order SignalWire lists them.
    pub const ALL: [Codec; 3] = [Codec::Pcmu8000, Codec::L16_16000, Codec::L16_24000];

    /// The attribute's value: `PCMU@8000h`, `L16@16000h` or `L16@24000h`.
    pub fn as_str(self) -> &'static str {
        match self {
            Codec::Pcmu8000 => "PCMU@8000h",
            Codec::L16_16000 => "L16@16000h",
            Codec::L16_24000 => "L16@24000h",
        }
    }

    /// `start.mediaFormat.encoding`: `audio/x-mulaw` or `audio/x-L16`.
    pub fn encoding(self) -> &'static str {
        match self {
            Codec::Pcmu8000 => "audio/x-mulaw",
            Codec::L16_16000 | Codec::L16_24000 => "audio/x-L16",
        }
    }

    /// Samples per second.
    pub fn sample_rate(self) -> u32 {
        match self {
            Codec::Pcmu8000 => 8000,
            Codec::L16_16000 => 16000,
            Codec::L16_24000 => 24000,
        }
    }

    /// The codec of a `start.mediaFormat`.
    pub fn from_format(encoding: &str, sample_rate: u32) -> Option<Codec> {
        Codec::ALL.into_iter().find(|codec| {
            codec.encoding().eq_ignore_ascii_case(encoding) && codec.sample_rate() == sample_rate
        })
    }

    /// Samples in one 20 ms frame: 160, 320 or 480.
    pub fn frame_samples(self) -> usize {
        (self.sample_rate() * FRAME_MS / 1000) as usize
    }

    /// Bytes per sample in a payload: 1 (μ-law) or 2 (L16).
    pub fn bytes_per_sample(self) -> usize {
        match self {
            Codec::Pcmu8000 => 1,
            Codec::L16_16000 | Codec::L16_24000 => 2,
        }
    }

    /// Bytes in one 20 ms frame's payload: 160, 640 or 960.
    pub fn frame_bytes(self) -> usize {
        self.frame_samples() * self.bytes_per_sample()
    }

    /// The duration of a payload of `bytes` bytes, in milliseconds.
    pub fn duration_ms(self, bytes: usize) -> u64 {
        (bytes / self.bytes_per_sample()) as u64 * 1000 / u64::from(self.sample_rate())
    }

    /// Encodes samples (at this codec's rate) as a payload.
    pub fn encode(self, samples: &[i16]) -> Vec<u8> {
        match self {
            Codec::Pcmu8000 => samples.iter().map(|&sample| mulaw_encode(sample)).collect(),
            Codec::L16_16000 | Codec::L16_24000 => samples
                .iter()
                .flat_map(|sample| sample.to_le_bytes())
                .collect(),
        }
    }

    /// Decodes a payload to samples (at this codec's rate); an odd last byte of L16 is dropped.
    pub fn decode(self, payload: &[u8]) -> Vec<i16> {
        match self {
            Codec::Pcmu8000 => payload.iter().map(|&byte| mulaw_decode(byte)).collect(),
            Codec::L16_16000 | Codec::L16_24000 => payload
                .chunks_exact(2)
                .map(|pair| i16::from_le_bytes([pair[0], pair[1]]))
                .collect(),
        }
    }

    /// Samples cut into 20 ms frames, each encoded; the last one padded with silence.
    pub fn frames(self, samples: &[i16]) -> Vec<Vec<u8>> {
        let size = self.frame_samples();
        samples
            .chunks(size)
            .map(|chunk| {
                let mut frame = chunk.to_vec();
                frame.resize(size, 0);
                self.encode(&frame)
            })
            .collect()
    }
}

impl fmt::Display for Codec {
    fn fmt(&self, f: &mut fmt::Formatter<'_>) -> fmt::Result {
        f.write_str(self.as_str())
    }
}

/// A `codec` attribute that is none of `PCMU@8000h`, `L16@16000h`, `L16@24000h`.
#[derive(Debug, Clone, PartialEq, Eq)]
pub struct UnknownCodec(pub String);

impl fmt::Display for UnknownCodec {
    fn fmt(&self, f: &mut fmt::Formatter<'_>) -> fmt::Result {
        write!(
            f,
            "unknown codec `{}` (expected PCMU@8000h, L16@16000h or L16@24000h)",
            self.0
        )
    }
}

impl std::error::Error for UnknownCodec {}

impl FromStr for Codec {
    type Err = UnknownCodec;

    /// Reads `PCMU@8000h`, `L16@16000h`, `L16@24000h` (case-insensitive; `PCMU` alone is
    /// `PCMU@8000h`).
    fn from_str(text: &str) -> Result<Self, UnknownCodec> {
        let trimmed = text.trim();
        if trimmed.eq_ignore_ascii_case("PCMU") {
            return Ok(Codec::Pcmu8000);
        }
        Codec::ALL
            .into_iter()
            .find(|codec| codec.as_str().eq_ignore_ascii_case(trimmed))
            .ok_or_else(|| UnknownCodec(text.to_owned()))
    }
}

const MULAW_BIAS: i32 = 0x84;
const MULAW_CLIP: i32 = 32635;

/// G.711 μ-law: one 16-bit sample to its byte.
pub fn mulaw_encode(sample: i16) -> u8 {
    let mut value = i32::from(sample);
    let sign = if value < 0 {
        value = -value;
        0x80
    } else {
        0
    };
    value = value.min(MULAW_CLIP) + MULAW_BIAS;
    // The segment: the position of the highest set bit above bit 7.
    let exponent = (0..8)
        .rev()
        .find(|exponent| value & (0x80 << exponent) != 0)
        .unwrap_or(0);
    let mantissa = (value >> (exponent + 3)) & 0x0F;
    !(sign | (exponent << 4) as u8 | mantissa as u8)
}

/// G.711 μ-law: one byte to its 16-bit sample.
pub fn mulaw_decode(byte: u8) -> i16 {
    let byte = !byte;
    let sign = byte & 0x80;
    let exponent = i32::from((byte >> 4) & 0x07);
    let mantissa = i32::from(byte & 0x0F);
    let magnitude = (((mantissa << 3) + MULAW_BIAS) << exponent) - MULAW_BIAS;
    // At most 32124: always in range.
    let magnitude = magnitude as i16;
    if sign != 0 { -magnitude } else { magnitude }
}

/// Resamples mono 16-bit audio from one rate to another (8000, 16000, 24000, or any other).
///
/// Going up, each output sample is interpolated linearly between its two neighbours. Going down,
/// the input is first smoothed by a centred moving average at least as wide as the rate ratio (a
/// simple low-pass
/// that keeps speech and tones well below the new Nyquist frequency; it is not a brick-wall
/// filter, so content just under the old Nyquist frequency aliases faintly), then interpolated.
/// Good for tests, prompts and speech recognisers; a studio wants a polyphase resampler.
pub fn resample(samples: &[i16], from: u32, to: u32) -> Vec<i16> {
    if from == to || samples.is_empty() || from == 0 || to == 0 {
        return samples.to_vec();
    }
    let smoothed: Vec<f64> = if to < from {
        // Odd, so that the average is centred and the tone keeps its phase.
        let width = (from.div_ceil(to) as usize) | 1;
        moving_average(samples, width)
    } else {
        samples.iter().map(|&sample| f64::from(sample)).collect()
    };
    let length = (samples.len() as u64 * u64::from(to) / u64::from(from)) as usize;
    let step = f64::from(from) / f64::from(to);
    let last = smoothed.len() - 1;
    (0..length)
        .map(|index| {
            let position = index as f64 * step;
            let left = (position.floor() as usize).min(last);
            let right = (left + 1).min(last);
            let fraction = position - left as f64;
            let value = smoothed[left] * (1.0 - fraction) + smoothed[right] * fraction;
            clamp(value)
        })
        .collect()
}

/// A centred moving average of `width` samples (shorter at the ends).
fn moving_average(samples: &[i16], width: usize) -> Vec<f64> {
    let before = (width - 1) / 2;
    let after = width / 2;
    let mut sums = Vec::with_capacity(samples.len() + 1);
    let mut total = 0.0;
    sums.push(total);
    for &sample in samples {
        total += f64::from(sample);
        sums.push(total);
    }
    (0..samples.len())
        .map(|index| {
            let start = index.saturating_sub(before);
            let end = (index + after + 1).min(samples.len());
            (sums[end] - sums[start]) / (end - start) as f64
        })
        .collect()
}

fn clamp(value: f64) -> i16 {
    value
        .round()
        .clamp(f64::from(i16::MIN), f64::from(i16::MAX)) as i16
}

/// A sine tone: `frequency` Hz for `duration_ms` at `sample_rate`, peak `amplitude`.
pub fn tone(frequency: f64, duration_ms: u32, sample_rate: u32, amplitude: i16) -> Vec<i16> {
    let count = (u64::from(sample_rate) * u64::from(duration_ms) / 1000) as usize;
    (0..count)
        .map(|index| {
            let time = index as f64 / f64::from(sample_rate);
            clamp(f64::from(amplitude) * (2.0 * std::f64::consts::PI * frequency * time).sin())
        })
        .collect()
}

/// Silence: `duration_ms` of zeros at `sample_rate`.
pub fn silence(duration_ms: u32, sample_rate: u32) -> Vec<i16> {
    vec![0; (u64::from(sample_rate) * u64::from(duration_ms) / 1000) as usize]
}

/// The root mean square of samples (0 for none): how loud they are, for telling speech from
/// silence (a μ-law frame of silence decodes to 0; speech is in the hundreds or more).
pub fn rms(samples: &[i16]) -> f64 {
    if samples.is_empty() {
        return 0.0;
    }
    let sum: f64 = samples
        .iter()
        .map(|&sample| f64::from(sample) * f64::from(sample))
        .sum();
    (sum / samples.len() as f64).sqrt()
}

/// Mono 16-bit audio with its rate: what WAV files hold here, and what the simulator keeps of a
/// bot's speech.
#[derive(Debug, Clone, PartialEq, Eq, Default)]
pub struct Audio {
    /// The samples.
    pub samples: Vec<i16>,
    /// Samples per second.
    pub sample_rate: u32,
}

impl Audio {
    /// Audio from samples at a rate.
    pub fn new(samples: Vec<i16>, sample_rate: u32) -> Self {
        Audio {
            samples,
            sample_rate,
        }
    }

    /// How long it lasts.
    pub fn duration(&self) -> std::time::Duration {
        if self.sample_rate == 0 {
            return std::time::Duration::ZERO;
        }
        std::time::Duration::from_secs_f64(self.samples.len() as f64 / f64::from(self.sample_rate))
    }

    /// The same audio at another rate ([`resample`]).
    pub fn resampled(&self, sample_rate: u32) -> Audio {
        Audio::new(
            resample(&self.samples, self.sample_rate, sample_rate),
            sample_rate,
        )
    }
}

#[cfg(feature = "wav")]
mod wav {
    use super::Audio;
    use std::io::{Read, Seek, Write};
    use std::path::Path;

    /// A WAV file that could not be read or written.
    pub type WavError = hound::Error;

    impl Audio {
        /// Reads a WAV file: any rate, integer or float samples, channels mixed down to mono.
        pub fn read_wav(path: impl AsRef<Path>) -> Result<Audio, WavError> {
            Audio::from_wav_reader(hound::WavReader::open(path)?)
        }

        /// Reads WAV bytes, as [`read_wav`](Self::read_wav).
        pub fn from_wav_bytes(bytes: &[u8]) -> Result<Audio, WavError> {
            Audio::from_wav_reader(hound::WavReader::new(std::io::Cursor::new(bytes))?)
        }

        fn from_wav_reader<R: Read>(reader: hound::WavReader<R>) -> Result<Audio, WavError> {
            let spec = reader.spec();
            let channels = usize::from(spec.channels.max(1));
            let samples: Vec<f64> = match spec.sample_format {
                hound::SampleFormat::Float => reader
                    .into_samples::<f32>()
                    .map(|sample| sample.map(|value| f64::from(value) * 32767.0))
                    .collect::<Result<_, _>>()?,
                hound::SampleFormat::Int => {
                    let shift = i32::from(spec.bits_per_sample) - 16;
                    reader
                        .into_samples::<i32>()
                        .map(|sample| {
                            sample.map(|value| {
                                if shift >= 0 {
                                    f64::from(value >> shift)
                                } else {
                                    f64::from(value << -shift)
                                }
                            })
                        })
                        .collect::<Result<_, _>>()?
                }
            };
            let mono = samples
                .chunks(channels)
                .map(|frame| super::clamp(frame.iter().sum::<f64>() / frame.len() as f64))
                .collect();
            Ok(Audio::new(mono, spec.sample_rate))
        }

        /// Writes a mono 16-bit WAV file.
        pub fn write_wav(&self, path: impl AsRef<Path>) -> Result<(), WavError> {
            let file = std::io::BufWriter::new(std::fs::File::create(path)?);
            self.write_wav_to(file)
        }

        /// The audio as mono 16-bit WAV bytes.
        pub fn to_wav_bytes(&self) -> Result<Vec<u8>, WavError> {
            let mut bytes = std::io::Cursor::new(Vec::new());
            self.write_wav_to(&mut bytes)?;
            Ok(bytes.into_inner())
        }

        fn write_wav_to<W: Write + Seek>(&self, sink: W) -> Result<(), WavError> {
            let spec = hound::WavSpec {
                channels: 1,
                sample_rate: self.sample_rate,
                bits_per_sample: 16,
                sample_format: hound::SampleFormat::Int,
            };
            let mut writer = hound::WavWriter::new(sink, spec)?;
            for &sample in &self.samples {
                writer.write_sample(sample)?;
            }
            writer.finalize()
        }
    }
}

#[cfg(feature = "wav")]
pub use wav::WavError;

#[cfg(test)]
mod tests {
    use super::*;

    #[test]
    fn mulaw_known_values() {
        // G.711 μ-law: zero is 0xFF, the extremes are 0x80 and 0x00.
        assert_eq!(mulaw_encode(0), 0xFF);
        assert_eq!(mulaw_encode(i16::MAX), 0x80);
        assert_eq!(mulaw_encode(i16::MIN), 0x00);
        assert_eq!(mulaw_encode(-1), 0x7F);
        assert_eq!(mulaw_encode(1000), 0xCE);
        assert_eq!(mulaw_encode(-1000), 0x4E);
        assert_eq!(mulaw_decode(0xFF), 0);
        assert_eq!(mulaw_decode(0x7F), 0);
        assert_eq!(mulaw_decode(0x80), 32124);
        assert_eq!(mulaw_decode(0x00), -32124);
        assert_eq!(mulaw_decode(0xCE), 988);
        assert_eq!(mulaw_decode(0x4E), -988);
        assert_eq!(mulaw_decode(0xF0), 120);
    }

    #[test]
    fn mulaw_round_trip_is_within_its_step() {
        for byte in 0..=255u8 {
            let sample = mulaw_decode(byte);
            let again = mulaw_decode(mulaw_encode(sample));
            assert_eq!(again, sample, "byte {byte:#x}");
        }
        for sample in (i16::MIN..=i16::MAX).step_by(7) {
            let back = i32::from(mulaw_decode(mulaw_encode(sample)));
            let error = (back - i32::from(sample)).abs();
            // The quantisation step grows with the magnitude: at most 1/16 of it, plus the clip.
            let bound = (i32::from(sample).abs() / 16).max(8)
                + 700 * i32::from(sample.unsigned_abs() > 32000);
            assert!(error <= bound, "{sample} -> {back}");
        }
    }

    #[test]
    fn codecs_frame_20_ms() {
        assert_eq!(
            Codec::ALL.map(|codec| (codec.frame_samples(), codec.frame_bytes())),
            [(160, 160), (320, 640), (480, 960)]
        );
        let frames = Codec::L16_16000.frames(&[1; 700]);
        assert_eq!(frames.len(), 3);
        assert!(frames.iter().all(|frame| frame.len() == 640));
        assert_eq!(Codec::L16_16000.decode(&frames[2])[..60], [1; 60]);
        assert_eq!(Codec::L16_16000.decode(&frames[2])[60..], [0; 260]);
        assert_eq!(Codec::Pcmu8000.duration_ms(160), 20);
        assert_eq!(Codec::L16_24000.duration_ms(960), 20);
        assert_eq!(
            Codec::L16_16000.decode(&Codec::L16_16000.encode(&[-2, 300, i16::MIN])),
            [-2, 300, i16::MIN]
        );
        assert_eq!(Codec::L16_16000.encode(&[0x0102]), [0x02, 0x01]);
    }

    #[test]
    fn codecs_parse() {
        assert_eq!("PCMU@8000h".parse(), Ok(Codec::Pcmu8000));
        assert_eq!("l16@24000h".parse(), Ok(Codec::L16_24000));
        assert_eq!("L16@16000h".parse(), Ok(Codec::L16_16000));
        assert!("L16@8000h".parse::<Codec>().is_err());
        assert_eq!(
            Codec::from_format("audio/x-mulaw", 8000),
            Some(Codec::Pcmu8000)
        );
        assert_eq!(Codec::from_format("audio/x-L16", 8000), None);
    }

    /// The error of a resampled tone against the same tone made at the new rate, relative to
    /// the amplitude (the first and last few samples left out: the edges have one neighbour).
    fn error(frequency: f64, from: u32, to: u32) -> f64 {
        let amplitude = 10_000;
        let source = tone(frequency, 200, from, amplitude);
        let result = resample(&source, from, to);
        let expected = tone(frequency, 200, to, amplitude);
        assert_eq!(result.len(), expected.len());
        let edge = 8;
        let inner = edge..result.len() - edge;
        let difference: Vec<i16> = result[inner.clone()]
            .iter()
            .zip(&expected[inner])
            .map(|(a, b)| a - b)
            .collect();
        rms(&difference) / f64::from(amplitude)
    }

    #[test]
    fn resampling_keeps_tones() {
        for (from, to) in [
            (8000, 16000),
            (8000, 24000),
            (16000, 24000),
            (24000, 16000),
            (16000, 8000),
            (24000, 8000),
        ] {
            let error = error(440.0, from, to);
            assert!(error < 0.05, "{from} -> {to}: {error}");
        }
        // Speech-band content a little higher still comes through.
        assert!(error(1000.0, 24000, 8000) < 0.15);
        assert_eq!(resample(&[1, 2, 3], 8000, 8000), [1, 2, 3]);
        assert!(resample(&[], 8000, 16000).is_empty());
    }

    #[test]
    fn tones_and_levels() {
        let loud = tone(440.0, 20, 8000, 8000);
        assert_eq!(loud.len(), 160);
        assert!((rms(&loud) - 8000.0 / 2f64.sqrt()).abs() < 100.0);
        assert_eq!(rms(&silence(20, 8000)), 0.0);
        assert_eq!(
            Audio::new(silence(500, 16000), 16000).duration(),
            std::time::Duration::from_millis(500)
        );
    }

    #[cfg(feature = "wav")]
    #[test]
    fn wav_round_trips() {
        let audio = Audio::new(tone(440.0, 100, 16000, 5000), 16000);
        let bytes = audio.to_wav_bytes().unwrap();
        assert_eq!(Audio::from_wav_bytes(&bytes).unwrap(), audio);
    }
}
