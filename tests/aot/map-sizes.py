#!/usr/bin/env python3
"""Splits Native AOT binaries' size by what the code is instantiated over, from ILC map files.

Publish with -p:IlcGenerateMapFile=true; the map lands in obj/Release/net10.0/linux-x64/native/<name>.map.xml. Then:

    python3 tests/aot/map-sizes.py NAME=MAP[:BINARY] ...

e.g. minimal=tests/OpenApiThreads.Benchmarks/MinimalAot/obj/Release/net10.0/linux-x64/native/minimal-threads.map.xml.
The first program is the baseline for the differences; give the binary to get the part no node accounts for.

How a node is counted:
- A MethodTable (any *EEType node) is stored dehydrated, so its map length is scaled by the program's
  __dehydrated_data / (sum of MethodTable lengths), and __dehydrated_data itself is not counted again.
- "ours": the node belongs to our own code, i.e. its name up to the first generic argument list names one of our
  assemblies (OpenApiThreads, openai-threads, the minimal programs, the emulator).
- Otherwise it is framework code. When its generic arguments name one of our types it is "framework over our
  value types" (the string-enum structs, Nullable<struct>: own native code per type) or "framework over our
  classes" (shared __Canon code; per type only MethodTables, dictionaries and small stubs). Otherwise "framework
  over primitive value types" when the arguments name Int32, Int64, Bool, Double, DateTimeOffset and the like, else
  "framework, other" (non-generic or shared canonical code).
- "blobs": whole-program tables (reflection metadata, stack trace data, frozen objects, hashtables).
Our value types are the types of ours that have unboxing stubs or appear in Nullable<>.
"""
import collections
import html
import os
import re
import sys

OUR_TYPE = re.compile(r"OpenApiThreads_OpenApiThreads_([A-Za-z0-9]+)")
OUR_MODULES = ("OpenApiThreads_OpenApiThreads_", "openai_threads_", "minimal_threads_", "OpenApiThreads_Emulator_")
NODE = re.compile(r'\s*<(\w+) Name="([^"]*)" Length="(\d+)"')
PRIMITIVE_ARGUMENT = re.compile(
    r"[<_](Int8|UInt8|Int16|UInt16|Int32|UInt32|Int64|UInt64|Bool|Char|Double|Single|"
    r"S_P_CoreLib_System_(DateTimeOffset|DateTime|Decimal|Guid|TimeSpan|Nullable_1))[_>]")
BLOB_KINDS = {
    "Metadata", "StackTraceMethodMapping", "StackTraceEmbeddedMetadata", "ArrayOfFrozenObjects", "DehydratedData",
    "GenericTypesHashtable", "GenericMethodsHashtable", "TypeMetadataMap", "ReflectionInvokeMap", "NativeLayoutInfo",
    "ExternalReferencesTable", "InterfaceDispatchCellSection", "ArrayMap", "GenericTypesTemplateMap",
    "GenericMethodsTemplateMap", "InterfaceGenericVirtualMethodTable", "GenericVirtualMethodTable",
}
CATEGORIES = [
    "ours",
    "framework over our value types",
    "  of which over Nullable<our struct>",
    "framework over our classes",
    "framework over primitive value types",
    "framework, other",
    "blobs",
]


def read(path):
    nodes = []
    with open(path, encoding="utf-8") as text:
        for line in text:
            match = NODE.match(line)
            if match:
                nodes.append((match.group(1), html.unescape(match.group(2)), int(match.group(3))))
    return nodes


def value_types(nodes):
    found = set()
    for _, name, _ in nodes:
        # A struct's own virtual methods (not an async state machine nested in a class: ThreadsClient__X_d__N).
        found.update(re.findall(r"^unbox_OpenApiThreads_OpenApiThreads_([A-Za-z0-9]+)__(?:Equals|GetHashCode|ToString|_GetFieldHelper)", name))
        found.update(re.findall(r"Nullable_1<OpenApiThreads_OpenApiThreads_([A-Za-z0-9]+)>", name))
    return found


def classify(kind, name, structs):
    """Returns (category, our type or None)."""
    if kind in BLOB_KINDS:
        return "blobs", None
    head = name.split("<", 1)[0]
    ours = OUR_TYPE.findall(name)
    if any(module in head for module in OUR_MODULES):
        return "ours", (OUR_TYPE.findall(head) or [None])[0]
    if ours:
        value = [t for t in ours if t in structs]
        if value:
            return "framework over our value types", value[0]
        return "framework over our classes", ours[0]
    if "<" in name and PRIMITIVE_ARGUMENT.search(name[name.index("<"):]):
        return "framework over primitive value types", None
    return "framework, other", None


PARTS = [
    "the generated JSON context's own code",
    "framework over our types, System.Text.Json",
    "framework over our types, other (delegates, collections)",
    "the generated library's other code (client, models)",
    "the program's own code (outside the generated library)",
]


def part_of(category, name):
    """Which part of the program a node pays for, for the "JSON metadata" summary (issue 14); None for the rest."""
    head = name.split("<", 1)[0]
    if category == "ours":
        if "OpenApiThreads_OpenApiThreads_" not in head:
            return PARTS[4]
        return PARTS[0] if "JsonContext" in head else PARTS[3]
    if category.startswith("framework over our"):
        return PARTS[1] if "System_Text_Json" in name else PARTS[2]
    return None


def analyse(path):
    nodes = read(path)
    structs = value_types(nodes)
    method_tables = sum(length for kind, _, length in nodes if "EEType" in kind)
    dehydrated = sum(length for kind, _, length in nodes if kind == "DehydratedData")
    scale = dehydrated / method_tables if method_tables else 1.0
    by_category = collections.Counter()
    by_type = collections.Counter()
    by_struct_kind = collections.Counter()
    by_generic = collections.Counter()
    by_part = collections.Counter()
    for kind, name, length in nodes:
        if kind == "DehydratedData":
            continue
        size = length * scale if "EEType" in kind else length
        category, our_type = classify(kind, name, structs)
        by_category[category] += size
        if category == "framework over our value types":
            if re.search(r"Nullable_1<OpenApiThreads_OpenApiThreads_", name):
                by_category["  of which over Nullable<our struct>"] += size
            by_struct_kind["code" if kind in ("MethodCode", "GCInfo", "MethodExceptionHandlingInfo") else "data"] += size
        if our_type:
            by_type[our_type] += size
        by_part[part_of(category, name)] += size
        if category.startswith("framework over our"):
            generic = re.search(r"([A-Za-z0-9]+_\d+|[A-Za-z0-9]+)<", name)
            by_generic[generic.group(1) if generic else "?"] += size
    return {
        "structs": structs, "by_category": by_category, "by_type": by_type, "by_generic": by_generic,
        "by_struct_kind": by_struct_kind, "by_part": by_part, "total": sum(by_category[c] for c in CATEGORIES if not c.startswith(" ")),
        "classes": {t for t in by_type if t not in structs},
    }


def main(arguments):
    if not arguments:
        print(__doc__)
        return 2
    programs = []
    for argument in arguments:
        name, _, paths = argument.partition("=")
        map_path, _, binary = paths.partition(":")
        programs.append((name, analyse(map_path), os.path.getsize(binary) if binary else None))

    width = max(len(c) for c in CATEGORIES) + 2
    print(f"{'bytes':<{width}}" + "".join(f"{name:>14}" for name, _, _ in programs)
          + "".join(f"{'Δ ' + name:>14}" for name, _, _ in programs[1:]))
    rows = CATEGORIES + ["sum of nodes", "not in the map (runtime, ELF)", "binary"]
    for row in rows:
        values = []
        for _, result, binary in programs:
            if row == "sum of nodes":
                values.append(result["total"])
            elif row == "not in the map (runtime, ELF)":
                values.append(binary - result["total"] if binary else None)
            elif row == "binary":
                values.append(binary)
            else:
                values.append(result["by_category"][row])
        cells = [f"{v:>14,.0f}" if v is not None else f"{'':>14}" for v in values]
        deltas = [f"{v - values[0]:>+14,.0f}" if v is not None and values[0] is not None else f"{'':>14}" for v in values[1:]]
        print(f"{row:<{width}}" + "".join(cells) + "".join(deltas))

    for name, result, _ in programs[1:]:
        structs = result["structs"]
        classes = result["classes"]
        over_structs = result["by_category"]["framework over our value types"]
        over_classes = result["by_category"]["framework over our classes"]
        print()
        print(f"{name}: {len(structs)} value types of ours, {len(classes)} other types of ours in the map")
        if structs:
            print(f"  framework over our value types: {over_structs:,.0f} B, {over_structs / len(structs):,.0f} B per value type "
                  f"(code {result['by_struct_kind']['code']:,.0f}, data {result['by_struct_kind']['data']:,.0f})")
        if classes:
            print(f"  framework over our classes: {over_classes:,.0f} B, {over_classes / len(classes):,.0f} B per class")
        print("  by part (the JSON metadata is the first two or three rows):")
        for part in PARTS:
            print(f"    {part:<60}{result['by_part'][part]:>12,.0f}")
        print("  framework generics instantiated over our types, by generic:")
        for generic, size in result["by_generic"].most_common(12):
            print(f"    {generic:<40}{size:>12,.0f}")
        print("  by type of ours (own code and framework instantiated over it):")
        for our_type, size in result["by_type"].most_common(15):
            marker = " (value type)" if our_type in structs else ""
            print(f"    {our_type + marker:<60}{size:>12,.0f}")
    return 0


if __name__ == "__main__":
    sys.exit(main(sys.argv[1:]))
