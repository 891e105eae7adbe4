//! The span invariants of issue 7, checked by tests/pathological.rs (`mod spans;`) and by
//! both fuzz targets (`#[path = "../../tests/spans/mod.rs"] mod spans;`).

use tandai::Entity;

/// Every entity lies on char boundaries inside `text`, its text is `&text[span]`, the
/// entities are sorted and do not overlap.
pub fn check(text: &str, ents: &[Entity]) {
    let mut prev = 0;
    for e in ents {
        let (s, t) = (e.span.start, e.span.end);
        assert!(s < t && t <= text.len(), "{e:?}");
        assert!(
            text.is_char_boundary(s) && text.is_char_boundary(t),
            "{e:?}"
        );
        assert_eq!(&text[s..t], e.text);
        assert!(s >= prev, "unsorted or overlapping: {e:?}");
        prev = t;
    }
}
