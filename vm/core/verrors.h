/* Every message of the loader and verifier (vm/core/load.c), defined once: X(NAME, format).
 *
 * A full build formats them (ck_vm_load's err text). A device build (-DCK_VM_TERSE_ERRORS) keeps
 * none of the text: it writes "#C A1 A2 ..." (the message number C = CK_VERR_NAME and its
 * arguments, all in lower-case hex, one space between), and the host turns that back into the
 * same text with ck_vm_error_text. So the two can never drift, and a device's numbers stay
 * readable by a newer host: append new messages at the end; never reorder, reuse or remove a line
 * (a retired message keeps its slot).
 *
 * Every argument is a uint32_t. Format specifiers: %u decimal, %x hex, %d signed decimal,
 * %U a 64-bit value given as two arguments (high word, then low word), %F a function index
 * ("function N (name)" when the image has names), %K a section kind ("FUNCS", "CODE", ...),
 * %I an import index ("import 'name'", from the image).
 */
#ifndef COCKPIT_VERRORS_H
#define COCKPIT_VERRORS_H

#define CK_VERRORS(X) \
    X(TRUNCATED,      "truncated image: %u bytes, shorter than the %u-byte header") \
    X(OBJECT,         "this is a Cockpit object (.cko), not an image: link it first") \
    X(MAGIC,          "bad magic: not a Cockpit image") \
    X(VERSION,        "unsupported format version %u (this VM supports %u)") \
    X(SIZE,           "size field says %u bytes but the image is %u bytes") \
    X(CRC,            "CRC mismatch: the image is corrupt") \
    X(FLAGS,          "unknown header flags 0x%x (reserved 0x%x): expected 0") \
    X(NSECT,          "too many sections: %u, at most %u") \
    X(DIR_TRUNC,      "section directory truncated: %u entries need %u bytes, the image has %u") \
    X(SECT_KIND,      "section %u: unknown section kind %u") \
    X(SECT_OBJECT,    "section %u: a %K section belongs in an object, not an image") \
    X(SECT_TWICE,     "section %u: %K appears twice (also section %u)") \
    X(SECT_OUTSIDE,   "section %u (%K) lies outside the image (offset %u, size %u, image %u bytes)") \
    X(SECT_HEADER,    "section %u (%K) overlaps the header and section directory") \
    X(SECT_OVERLAP,   "section %u (%K) overlaps section %u (%K)") \
    X(SECT_RECORDS,   "%K section is %u bytes, not a multiple of its %u-byte records") \
    X(NO_FUNCS,       "no FUNCS section: the image has no functions") \
    X(NO_CODE,        "no CODE section: the image has no code") \
    X(NFUNCS,         "too many functions: %u, at most %u") \
    X(NIMPORTS,       "too many imports: %u, at most %u") \
    X(FUNC_NAME_OFF,  "function %u: name offset 0x%x is outside the string table (%u bytes)") \
    X(IMPORT_NAME_OFF, "import %u: name offset 0x%x is outside the string table (%u bytes)") \
    X(FUNC_NAME_LONG, "function %u: name of %u bytes is longer than the maximum %u") \
    X(IMPORT_NAME_LONG, "import %u: name of %u bytes is longer than the maximum %u") \
    X(STRTAB_END,     "string table is unterminated: its last byte is not NUL") \
    X(NAMES_COUNT,    "NAMES section has %u entries for %u functions") \
    X(CODE_EMPTY,     "%F: code is empty") \
    X(CODE_OUTSIDE,   "%F: code at offset %u, size %u lies outside the CODE section (%u bytes)") \
    X(CODE_BIG,       "%F: code is %u bytes, at most %u") \
    X(NARGS,          "%F: %u argument registers but a window of only %u registers") \
    X(NRETS,          "%F: %u result registers but a window of only %u registers") \
    X(FRAME,          "%F: frame of %u bytes exceeds the maximum %u") \
    X(ENTRY,          "entry function %u does not exist (the image has %u functions)") \
    X(ENTRY_ARGS,     "entry %F takes %u argument registers; the entry function must take no argument") \
    X(IMPORT_MISSING, "%I v%u: not provided by this device") \
    X(IMPORT_OLD,     "%I v%u: this device provides only version %u") \
    X(IMPORT_SIG,     "%I v%u: signature %u -> %u does not match the device's %u -> %u") \
    X(BRANCH_OUTSIDE, "%F: branch at pc %u targets %d, outside the function (%u bytes)") \
    X(BRANCH_MID,     "%F: branch at pc %u targets %u, not an instruction boundary") \
    X(OPCODE,         "%F: unknown opcode 0x%x at pc %u") \
    X(JTAB_BIG,       "%F: jump table at pc %u has %u entries, at most %u") \
    X(INSN_END,       "%F: instruction at pc %u (opcode 0x%x) runs past the end of the function") \
    X(REG,            "%F: register r%u out of range (nregs %u) at pc %u") \
    X(WINDOW,         "%F: call window r%u at pc %u has no room for the callee's %u argument/result registers (nregs %u)") \
    X(REG_PAIR,       "%F: register pair r%u,r%u out of range (nregs %u) at pc %u") \
    X(CALL_FUNC,      "%F: call at pc %u to function index %u, but the image has %u functions") \
    X(CALL_IMPORT,    "%F: calln at pc %u of import %u, but the image has %u imports") \
    X(FALLTHROUGH,    "%F: the last instruction (opcode 0x%x) can fall through the end of the function") \
    X(MEM_MIN,        "guest memory of %u bytes is below the minimum of %u") \
    X(MEM_NEEDS,      "needs %U bytes of guest memory (RODATA %u, DATA %u, BSS %u, stack %u), device has %u") \
    X(NO_ARENA,       "no arena for the VM") \
    X(ARENA_OVERLAP,  "the VM's arena overlaps the image") \
    X(ARENA_SMALL,    "the VM's arena of %u bytes is too small") \
    X(ARENA_TABLES,   "the VM's arena of %u bytes cannot hold %u bytes of guest memory and the image's tables") \
    X(ARENA_VERIFY,   "%F: not enough memory in the VM's arena to verify it") \
    X(ARENA_STACKS,   "the VM's arena leaves only %U bytes for the call and register stacks") \
    X(TINY_OPCODE,    "%F: opcode 0x%x at pc %u is not in the tiny instruction set of this VM (build for it with --target tiny)")

enum ck_verr {
#define CK_VERR_ENUM(name, format) CK_VERR_##name,
    CK_VERRORS(CK_VERR_ENUM)
#undef CK_VERR_ENUM
    CK_VERR_COUNT
};

#define CK_VERR_MAX_ARGS    7u      /* arguments of the longest message (MEM_NEEDS) */
/* Bytes of the longest terse message with its NUL: '#', the number, then " %x" per argument. */
#define CK_VERR_TERSE_SIZE  (1u + 8u + 9u * CK_VERR_MAX_ARGS + 1u)

#endif
