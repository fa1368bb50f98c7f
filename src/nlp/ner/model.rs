//! The recogniser's model at run time: the best label of a feature list (from
//! the tables of [`super::tables`]), decoding a model file, and the writer of the
//! same format for training.

use super::features::N_FEATURES;
use super::tables::{self, MAGIC, Tables};
use super::{ModelError, N_LABELS, Recogniser, Weights, clusters};

const _: () = assert!(tables::N_LABELS == N_LABELS);

impl Weights {
    /// The best label among `allowed` for `feats`.
    #[inline]
    pub(crate) fn predict(&self, feats: &[u32; N_FEATURES], allowed: u32) -> u8 {
        let mut home = [(0u32, 0u32); N_FEATURES];
        for (h, &k) in home.iter_mut().zip(feats) {
            *h = self.feats.home(k);
        }
        let mut scores = [0i32; 32];
        for (&(key, v), &k) in home.iter().zip(feats) {
            let v = if key == k {
                Some(v)
            } else if key == 0 {
                None
            } else {
                self.feats.get(k)
            };
            if let Some(v) = v
                && k != 0
            {
                self.add(v, &mut scores);
            }
        }
        best(&scores, allowed)
    }
}

/// The allowed label with the highest score (the first one on ties).
#[inline]
pub(crate) fn best(scores: &[i32], allowed: u32) -> u8 {
    let mut top = None;
    for (l, &s) in scores.iter().enumerate().take(N_LABELS) {
        if allowed & (1 << l) != 0 && top.is_none_or(|(_, b)| s > b) {
            top = Some((l, s));
        }
    }
    top.map_or(0, |(l, _)| l as u8)
}

impl Recogniser {
    /// Decode a model written by [`super::train::train`] (laid out as the
    /// embedded one is at compile time).
    pub fn from_bytes(bytes: &[u8]) -> Result<Recogniser, ModelError> {
        Ok(Recogniser::from_tables(tables::lay_out(bytes)?))
    }

    /// The recogniser of tables `t`.
    pub(super) fn from_tables(t: Tables) -> Recogniser {
        Recogniser {
            weights: t.weights,
            clusters: clusters::Clusters::from_table(t.clusters),
            outside: t.outside,
        }
    }
}

/// Write the model format read by [`Recogniser::from_bytes`].
pub(crate) fn encode(
    weights: &[(u32, Vec<(u8, i16)>)],
    clusters: &[(u32, u32)],
    outside: &[u32],
) -> Vec<u8> {
    let mut out = MAGIC.to_vec();
    out.extend((N_LABELS as u32).to_le_bytes());
    let n_entries: usize = weights.iter().map(|(_, ws)| ws.len()).sum();
    out.extend((weights.len() as u32).to_le_bytes());
    out.extend((n_entries as u32).to_le_bytes());
    out.extend(weights.iter().flat_map(|(k, _)| k.to_le_bytes()));
    out.extend(weights.iter().map(|(_, ws)| ws.len() as u8));
    out.extend(
        weights
            .iter()
            .flat_map(|(_, ws)| ws.iter().map(|&(c, _)| c)),
    );
    out.extend(
        weights
            .iter()
            .flat_map(|(_, ws)| ws.iter().flat_map(|&(_, w)| w.to_le_bytes())),
    );
    out.extend((clusters.len() as u32).to_le_bytes());
    out.extend(clusters.iter().flat_map(|(k, _)| k.to_le_bytes()));
    out.extend(clusters.iter().flat_map(|(_, p)| p.to_le_bytes()));
    out.extend((outside.len() as u32).to_le_bytes());
    out.extend(outside.iter().flat_map(|k| k.to_le_bytes()));
    out
}

#[cfg(test)]
mod tests {
    use super::super::EMBEDDED_BYTES;
    use super::*;

    #[test]
    fn bad_models_are_rejected() {
        assert!(matches!(
            Recogniser::from_bytes(b"nope"),
            Err(ModelError::Truncated(_))
        ));
        assert!(matches!(
            Recogniser::from_bytes(b"KGTAG04\n........"),
            Err(ModelError::Magic)
        ));
        let mut truncated = EMBEDDED_BYTES.to_vec();
        truncated.truncate(truncated.len() - 1);
        assert!(Recogniser::from_bytes(&truncated).is_err());
        let mut longer = EMBEDDED_BYTES.to_vec();
        longer.push(0);
        assert!(Recogniser::from_bytes(&longer).is_err());
        let mut labels = EMBEDDED_BYTES.to_vec();
        labels[8] = 3;
        assert!(matches!(
            Recogniser::from_bytes(&labels),
            Err(ModelError::Invalid(_))
        ));
    }

    /// The tables the binary holds are the model file laid out.
    #[test]
    fn embedded_tables_are_the_model_laid_out() {
        let tables = tables::lay_out(EMBEDDED_BYTES).unwrap();
        assert!(tables.pack() == super::super::EMBEDDED_TABLES.0);
    }

    #[test]
    fn written_models_read_back() {
        let weights = vec![(7u32, vec![(0u8, 5i16), (4, -3)]), (9, vec![(16, 100)])];
        let bytes = encode(&weights, &[(11, 0b101)], &[13]);
        let rec = Recogniser::from_bytes(&bytes).unwrap();
        let mut feats = [0u32; N_FEATURES];
        feats[0] = 9;
        assert_eq!(rec.weights.predict(&feats, u32::MAX), 16);
        feats[0] = 7;
        assert_eq!(rec.weights.predict(&feats, u32::MAX), 0);
        assert_eq!(rec.weights.predict(&feats, 1 << 4 | 1 << 5), 5);
        assert_eq!(rec.outside.get(13), Some(1));
    }
}
