"""The pack's classes share one equality, hash and repr (content.model._Record) instead of the ones dataclass()
generates for each class: they must behave exactly like the generated ones."""
from __future__ import annotations

import dataclasses

import pytest

from decisionaid.content import model


def walk(obj):
    """Every model object in a pack, the pack first."""
    if dataclasses.is_dataclass(obj) and not isinstance(obj, type):
        yield obj
        for f in dataclasses.fields(obj):
            yield from walk(getattr(obj, f.name))
    elif isinstance(obj, (tuple, list)):
        for x in obj:
            yield from walk(x)


def reference_class(cls):
    """The same class as dataclass(frozen=True) alone would make it (its own eq, hash and repr)."""
    ref = dataclasses.make_dataclass(cls.__name__, [(f.name, f.type, f) for f in dataclasses.fields(cls)],
                                     frozen=True)
    ref.__qualname__ = cls.__qualname__
    return ref


def hash_of(obj):
    try:
        return hash(obj)
    except TypeError as exc:            # a list inside (a rule's "in" value): unhashable either way
        return f"unhashable: {exc}"


def as_reference(obj):
    ref = reference_class(type(obj))
    return ref(**{f.name: getattr(obj, f.name) for f in dataclasses.fields(obj) if f.init})


MODEL_CLASSES = [c for c in vars(model).values() if isinstance(c, type) and dataclasses.is_dataclass(c)]


def test_every_model_class_is_a_frozen_record():
    assert len(MODEL_CLASSES) == 28
    for cls in MODEL_CLASSES:
        assert issubclass(cls, model._Record) and cls.__dataclass_params__.frozen, cls
        assert "__eq__" not in vars(cls) and "__repr__" not in vars(cls) and "__hash__" not in vars(cls), cls


@pytest.mark.parametrize("pack_name", ["mini_pack", "real_pack"])
def test_equality_hash_and_repr_match_the_generated_ones(pack_name, request):
    pack = request.getfixturevalue(pack_name)
    seen = set()
    for obj in walk(pack):
        cls = type(obj)
        seen.add(cls)
        ref = as_reference(obj)
        assert repr(obj) == repr(ref)
        assert hash_of(obj) == hash_of(ref)
        twin = dataclasses.replace(obj)
        assert twin == obj and not (twin != obj) and hash_of(twin) == hash_of(obj) and twin is not obj
        assert obj != ref and ref != obj             # another class, however alike: never equal
        for f in dataclasses.fields(obj):
            value = getattr(obj, f.name)
            other = ("changed", value) if not isinstance(value, dict) else {**value, "changed": 1}
            changed = dataclasses.replace(obj, **{f.name: other}) if f.init else obj
            ref_changed = dataclasses.replace(ref, **{f.name: other}) if f.init else ref
            assert (changed == obj) == (ref_changed == ref), (cls.__name__, f.name)
            assert (repr(changed) == repr(obj)) == (repr(ref_changed) == repr(ref)), (cls.__name__, f.name)
    assert len(seen) >= 20


def test_fields_left_out_of_compare_and_repr(real_pack):
    other = dataclasses.replace(real_pack, _source_numbers={})
    assert other == real_pack and hash_of(other) == hash_of(real_pack)
    assert "_source_numbers" not in repr(real_pack) and repr(other) == repr(real_pack)


def test_records_stay_frozen(real_pack):
    with pytest.raises(dataclasses.FrozenInstanceError):
        real_pack.metadata.title = "x"
    with pytest.raises(dataclasses.FrozenInstanceError):
        del real_pack.options[0].name
    assert {real_pack.options[0]: 1}[dataclasses.replace(real_pack.options[0])] == 1


def test_records_of_different_classes_are_never_equal():
    q, v = model.Question(id="a", text="b"), model.ValueStatement(id="a", text="b")
    assert q != v and not (q == v) and repr(q) == "Question(id='a', text='b')"
    assert q == model.Question(id="a", text="b") and hash(q) == hash(model.Question(id="a", text="b"))
