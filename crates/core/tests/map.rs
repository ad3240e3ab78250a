//! `Map`, the sorted-vector map the model keys everything by, behaves exactly as std's
//! `BTreeMap` does: the same answers to every operation, the same order, the same JSON, and the
//! same reading of JSON back, duplicate keys included (the later one wins).
#![cfg(not(target_arch = "wasm32"))]
#![allow(clippy::unwrap_used)]

use planner_core::Map;
use proptest::prelude::*;
use std::collections::BTreeMap;
use std::fmt::Debug;

/// One operation, applied to both maps. Keys come from a small range so that operations meet
/// the same keys often.
#[derive(Debug, Clone)]
enum Op<K, V> {
    Insert(K, V),
    Remove(K),
    Get(K),
    GetMut(K, V),
    GetOrInsertWith(K, V, V),
    ContainsKey(K),
    Index(K),
    Retain(u8),
    IterMut(V),
    ValuesMut(V),
    Extend(Vec<(K, V)>),
    Clear,
}

/// Values that can be changed in place the same way in both maps.
trait Bump: Clone + PartialEq + Debug {
    fn bump(&mut self, by: &Self);
    fn keep(&self, rule: u8) -> bool;
}

impl Bump for i32 {
    fn bump(&mut self, by: &Self) {
        *self = self.wrapping_add(*by);
    }
    fn keep(&self, rule: u8) -> bool {
        self.rem_euclid(i32::from(rule % 4) + 2) != 0
    }
}

impl Bump for String {
    fn bump(&mut self, by: &Self) {
        self.push_str(by);
    }
    fn keep(&self, rule: u8) -> bool {
        self.len() % (usize::from(rule % 4) + 2) != 0
    }
}

/// Applies `op` to both maps and checks that both answer alike; `borrowed` turns an owned key
/// into the borrowed form it is looked up by (`&str` for `String` keys), so that lookups through
/// `Borrow` are exercised too.
fn apply<K, Q, V>(
    op: Op<K, V>,
    map: &mut Map<K, V>,
    model: &mut BTreeMap<K, V>,
    borrowed: impl Fn(&K) -> &Q,
) -> Result<(), TestCaseError>
where
    K: Ord + Clone + Debug + std::borrow::Borrow<Q>,
    Q: Ord + ?Sized,
    V: Bump,
{
    match op {
        Op::Insert(k, v) => {
            prop_assert_eq!(map.insert(k.clone(), v.clone()), model.insert(k, v));
        }
        Op::Remove(k) => {
            prop_assert_eq!(map.remove(borrowed(&k)), model.remove(borrowed(&k)));
        }
        Op::Get(k) => {
            prop_assert_eq!(map.get(borrowed(&k)), model.get(borrowed(&k)));
            prop_assert_eq!(map.get::<K>(&k), model.get::<K>(&k));
        }
        Op::GetMut(k, by) => {
            let (a, b) = (map.get_mut(borrowed(&k)), model.get_mut(borrowed(&k)));
            prop_assert_eq!(a.is_some(), b.is_some());
            if let (Some(a), Some(b)) = (a, b) {
                a.bump(&by);
                b.bump(&by);
            }
        }
        Op::GetOrInsertWith(k, v, by) => {
            let mut made = (false, false);
            let a = map.get_or_insert_with(k.clone(), || {
                made.0 = true;
                v.clone()
            });
            let b = model.entry(k).or_insert_with(|| {
                made.1 = true;
                v.clone()
            });
            prop_assert_eq!(&*a, &*b);
            a.bump(&by);
            b.bump(&by);
            prop_assert_eq!(made.0, made.1, "the value is made only for a missing key");
        }
        Op::ContainsKey(k) => {
            prop_assert_eq!(
                map.contains_key(borrowed(&k)),
                model.contains_key(borrowed(&k))
            );
        }
        Op::Index(k) => {
            if model.contains_key(borrowed(&k)) {
                prop_assert_eq!(&map[borrowed(&k)], &model[borrowed(&k)]);
            }
        }
        Op::Retain(rule) => {
            let mut seen = (Vec::new(), Vec::new());
            map.retain(|k, v| {
                seen.0.push(k.clone());
                v.keep(rule)
            });
            model.retain(|k, v| {
                seen.1.push(k.clone());
                v.keep(rule)
            });
            prop_assert_eq!(seen.0, seen.1, "retain visits the keys in order");
        }
        Op::IterMut(by) => {
            for ((ka, a), (kb, b)) in map.iter_mut().zip(model.iter_mut()) {
                prop_assert_eq!(ka, kb);
                a.bump(&by);
                b.bump(&by);
            }
        }
        Op::ValuesMut(by) => {
            for (a, b) in map.values_mut().rev().zip(model.values_mut().rev()) {
                a.bump(&by);
                b.bump(&by);
            }
        }
        Op::Extend(entries) => {
            map.extend(entries.clone());
            model.extend(entries);
        }
        Op::Clear => {
            map.clear();
            model.clear();
        }
    }
    Ok(())
}

/// Everything that can be read off a map, compared with the model.
fn same<K, V>(map: &Map<K, V>, model: &BTreeMap<K, V>) -> Result<(), TestCaseError>
where
    K: Ord + Clone + Debug + serde::Serialize,
    V: Clone + PartialEq + Debug + serde::Serialize,
{
    prop_assert_eq!(map.len(), model.len());
    prop_assert_eq!(map.is_empty(), model.is_empty());
    prop_assert!(map.iter().eq(model.iter()), "iteration order");
    prop_assert!(map.into_iter().eq(model), "iteration by reference");
    prop_assert!(map.keys().eq(model.keys()));
    prop_assert!(map.keys().rev().eq(model.keys().rev()));
    prop_assert!(map.values().eq(model.values()));
    prop_assert!(map.values().rev().eq(model.values().rev()));
    prop_assert!(map.clone().into_iter().eq(model.clone()), "owned iteration");
    prop_assert_eq!(format!("{map:?}"), format!("{model:?}"));
    prop_assert_eq!(
        serde_json::to_string(map).unwrap(),
        serde_json::to_string(model).unwrap()
    );
    prop_assert_eq!(
        serde_json::to_string_pretty(map).unwrap(),
        serde_json::to_string_pretty(model).unwrap()
    );
    // Built from the model's entries, in any order, the map is the same map.
    let rebuilt: Map<K, V> = model
        .iter()
        .rev()
        .map(|(k, v)| (k.clone(), v.clone()))
        .collect();
    prop_assert!(&rebuilt == map);
    Ok(())
}

fn ops<K: Clone + Debug + 'static, V: Clone + Debug + 'static>(
    key: impl Strategy<Value = K> + Clone + 'static,
    value: impl Strategy<Value = V> + Clone + 'static,
) -> impl Strategy<Value = Vec<Op<K, V>>> {
    let op = prop_oneof![
        6 => (key.clone(), value.clone()).prop_map(|(k, v)| Op::Insert(k, v)),
        3 => key.clone().prop_map(Op::Remove),
        2 => key.clone().prop_map(Op::Get),
        2 => (key.clone(), value.clone()).prop_map(|(k, v)| Op::GetMut(k, v)),
        3 => (key.clone(), value.clone(), value.clone())
            .prop_map(|(k, v, by)| Op::GetOrInsertWith(k, v, by)),
        2 => key.clone().prop_map(Op::ContainsKey),
        1 => key.clone().prop_map(Op::Index),
        1 => any::<u8>().prop_map(Op::Retain),
        1 => value.clone().prop_map(Op::IterMut),
        1 => value.clone().prop_map(Op::ValuesMut),
        1 => prop::collection::vec((key, value), 0..6).prop_map(Op::Extend),
        1 => Just(Op::Clear),
    ];
    prop::collection::vec(op, 0..60)
}

/// Reads `text` as JSON into both maps: both fail, or both give the same entries.
fn read_alike<K, V>(text: &str) -> Result<(), TestCaseError>
where
    K: Ord + Debug + serde::de::DeserializeOwned,
    V: PartialEq + Debug + serde::de::DeserializeOwned,
{
    let map = serde_json::from_str::<Map<K, V>>(text);
    let model = serde_json::from_str::<BTreeMap<K, V>>(text);
    match (map, model) {
        (Ok(map), Ok(model)) => prop_assert!(map.into_iter().eq(model), "{}", text),
        (Err(_), Err(_)) => {}
        (map, model) => prop_assert!(false, "{text}: map {map:?}, BTreeMap {model:?}"),
    }
    Ok(())
}

proptest! {
    #![proptest_config(ProptestConfig::with_cases(512))]

    #[test]
    fn numeric_keys_behave_as_in_a_btreemap(ops in ops(0u8..24, any::<i32>())) {
        let (mut map, mut model) = (Map::new(), BTreeMap::new());
        for op in ops {
            apply(op, &mut map, &mut model, |k: &u8| k)?;
            same(&map, &model)?;
        }
        let json = serde_json::to_string(&map).unwrap();
        let back: Map<u8, i32> = serde_json::from_str(&json).unwrap();
        prop_assert!(back == map, "JSON reads back to the same map");
    }

    #[test]
    fn string_keys_behave_as_in_a_btreemap_looked_up_as_str(
        ops in ops("[a-c]{0,3}|[\u{e0}-\u{e2}\u{1ec7}]{1,2}", "[a-z]{0,3}"),
    ) {
        let (mut map, mut model) = (Map::new(), BTreeMap::new());
        for op in ops {
            apply(op, &mut map, &mut model, String::as_str)?;
            same(&map, &model)?;
        }
        let json = serde_json::to_string(&map).unwrap();
        let back: Map<String, String> = serde_json::from_str(&json).unwrap();
        prop_assert!(back == map, "JSON reads back to the same map");
    }

    #[test]
    fn json_objects_read_alike_duplicate_keys_included(
        entries in prop::collection::vec((0u16..8, -1e6f64..1e6), 0..12),
        spaced in any::<bool>(),
    ) {
        // Objects written by hand, keys in any order and repeated: the later entry wins.
        let sep = if spaced { ", " } else { "," };
        let body: Vec<String> = entries.iter().map(|(k, v)| format!("\"{k}\":{v}")).collect();
        let text = format!("{{{}}}", body.join(sep));
        read_alike::<u16, f64>(&text)?;
        let map: Map<u16, f64> = serde_json::from_str(&text).unwrap();
        let mut last = BTreeMap::new();
        for (k, v) in &entries {
            last.insert(*k, *v);
        }
        prop_assert!(map.into_iter().eq(last));
        // What the map writes, the map and a BTreeMap read back the same.
        let written = serde_json::to_string(&serde_json::from_str::<Map<u16, f64>>(&text).unwrap()).unwrap();
        read_alike::<u16, f64>(&written)?;
    }

    #[test]
    fn any_json_text_is_accepted_or_refused_alike(
        text in prop_oneof![
            "\\{(\"[0-9a-z-]{0,3}\":(-?[0-9]{1,3}|null|\"x\"|\\[\\]|\\{\\}),?){0,4}\\}",
            "\\[[0-9, ]{0,8}\\]",
            "[{}\":,0-9a-z ]{0,16}",
        ],
    ) {
        read_alike::<u8, i32>(&text)?;
        read_alike::<String, Option<i64>>(&text)?;
        read_alike::<i16, serde_json::Value>(&text)?;
    }

    #[test]
    fn maps_are_equal_exactly_when_their_btreemaps_are(
        a in prop::collection::vec((0u8..6, 0u8..3), 0..6),
        b in prop::collection::vec((0u8..6, 0u8..3), 0..6),
    ) {
        let (ma, mb): (Map<_, _>, Map<_, _>) = (a.iter().copied().collect(), b.iter().copied().collect());
        let (ba, bb): (BTreeMap<_, _>, BTreeMap<_, _>) = (a.into_iter().collect(), b.into_iter().collect());
        prop_assert_eq!(ma == mb, ba == bb);
    }
}

#[test]
fn indexing_a_missing_key_panics_as_in_a_btreemap() {
    let map: Map<u16, f64> = [(2024, 1.0)].into_iter().collect();
    let model: BTreeMap<u16, f64> = [(2024, 1.0)].into_iter().collect();
    assert_eq!(map[&2024], model[&2024]);
    assert!(std::panic::catch_unwind(|| model[&2025]).is_err());
    assert!(std::panic::catch_unwind(|| map[&2025]).is_err());
}

#[test]
fn an_empty_map_is_an_empty_object() {
    let map: Map<u16, f64> = Map::default();
    assert_eq!(serde_json::to_string(&map).unwrap(), "{}");
    assert_eq!(Map::<u16, f64>::new(), map);
    assert_eq!(
        serde_json::from_str::<Map<u16, f64>>("{}").unwrap(),
        Map::new()
    );
    assert!(serde_json::from_str::<Map<u16, f64>>("null").is_err());
    assert!(serde_json::from_str::<BTreeMap<u16, f64>>("null").is_err());
}
