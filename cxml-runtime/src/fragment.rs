//! Pieces of a document built apart from a `Response`, typed by the element they belong in.

use std::fmt;
use std::marker::PhantomData;

use crate::rendered::Problems;
use crate::schema::ChildCounts;

/// Children for one kind of parent element, built with `cxml!(in Parent: …)`.
///
/// The type parameter is the parent's marker type from `cxml::reference` (for instance
/// `Fragment<cxml::reference::voice::Dial>`), so a fragment spliced with `{fragment}` into any
/// other parent fails to compile. Fragments render once, when built; splicing copies the text.
// The example needs `cxml!`, which this crate does not have: it is on the facade's re-export
// (`cxml::Fragment`), where it runs as a doctest and where users read it.
pub struct Fragment<P> {
    xml: String,
    counts: ChildCounts,
    problems: Problems,
    parent: PhantomData<fn() -> P>,
}

impl<P> Fragment<P> {
    pub(crate) fn from_parts(xml: String, counts: ChildCounts, problems: Problems) -> Self {
        Fragment {
            xml,
            counts,
            problems,
            parent: PhantomData,
        }
    }

    /// The fragment's markup.
    pub fn as_str(&self) -> &str {
        &self.xml
    }

    /// The number of child elements of each kind it holds: plumbing of generated code.
    #[doc(hidden)]
    pub fn counts(&self) -> &ChildCounts {
        &self.counts
    }

    pub(crate) fn problems(&self) -> &Problems {
        &self.problems
    }
}

impl<P> fmt::Debug for Fragment<P> {
    fn fmt(&self, f: &mut fmt::Formatter<'_>) -> fmt::Result {
        f.debug_struct("Fragment")
            .field("parent", &std::any::type_name::<P>())
            .field("xml", &self.xml)
            .finish()
    }
}

impl<P> Clone for Fragment<P> {
    fn clone(&self) -> Self {
        Fragment {
            xml: self.xml.clone(),
            counts: self.counts.clone(),
            problems: self.problems.clone(),
            parent: PhantomData,
        }
    }
}

impl<P> FromIterator<Fragment<P>> for Fragment<P> {
    fn from_iter<I: IntoIterator<Item = Fragment<P>>>(iter: I) -> Self {
        let mut joined =
            Fragment::from_parts(String::new(), ChildCounts::new(), Problems::default());
        for fragment in iter {
            joined.xml.push_str(&fragment.xml);
            joined.counts.merge(&fragment.counts);
            joined.problems.merge(fragment.problems);
        }
        joined
    }
}
