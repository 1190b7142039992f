/* Binary formats: the Cockpit object (.cko) and image (.cbc). Specified in docs/bytecode.md.
 * All multi-byte fields are little endian; records are packed (no padding) and read field by field.
 */
#ifndef COCKPIT_FORMAT_H
#define COCKPIT_FORMAT_H

/* --- common ------------------------------------------------------------------------------------- */
#define CK_IMAGE_MAGIC      0x43424B43u  /* "CKBC" */
#define CK_OBJECT_MAGIC     0x424F4B43u  /* "CKOB" */

/* Header (32 bytes), then nsections directory entries of 12 bytes {u32 kind, u32 offset, u32 size}.
 *   0 u32 magic        4 u16 version     6 u16 flags (0)      8 u32 total size in bytes
 *  12 u32 crc32 (IEEE 802.3, of bytes [16, size))
 *  16 u32 entry        image: function index of the entry point; object: 0
 *  20 u32 bss_size     bytes of zero-initialised data after DATA
 *  24 u32 stack_size   image: guest stack bytes wanted; object: 0
 *  28 u16 nsections   30 u16 reserved (0)
 */
#define CK_HDR_SIZE         32u
#define CK_SECT_ENTRY_SIZE  12u

enum ck_section_kind {
    CK_SECT_FUNCS   = 1,  /* function records (CK_FUNC_SIZE bytes each) */
    CK_SECT_CODE    = 2,  /* bytecode of every function, concatenated */
    CK_SECT_IMPORTS = 3,  /* native import records (CK_IMPORT_SIZE bytes each) */
    CK_SECT_RODATA  = 4,  /* read-only data, placed at CK_MEM_BASE */
    CK_SECT_DATA    = 5,  /* initialised data, after RODATA (8-aligned) */
    CK_SECT_STRTAB  = 6,  /* NUL-terminated names referenced by offset */
    CK_SECT_NAMES   = 7,  /* image, optional: u32 strtab offset per function (for diagnostics) */
    CK_SECT_SYMS    = 8,  /* object only: symbol records (CK_SYM_SIZE bytes each) */
    CK_SECT_RELOCS  = 9,  /* object only: relocation records (CK_RELOC_SIZE bytes each) */
    CK_SECT_LINES   = 10  /* optional: pc -> source line table (debug information) */
};

/* Function record, 16 bytes: u32 code_offset, u32 code_size, u32 frame_size,
 * u8 nargs, u8 nrets, u8 nregs, u8 flags.  (nargs, nrets count 32-bit registers.) */
#define CK_FUNC_SIZE        16u
#define CK_FUNC_GLOBAL      0x01u       /* object: the function's symbol is global */

/* Import record, 8 bytes: u32 name (strtab offset), u16 version, u8 nargs, u8 nrets. */
#define CK_IMPORT_SIZE      8u

/* Symbol record (object), 16 bytes: u32 name, u8 kind, u8 flags, u16 reserved (0),
 * u32 value (function index for CK_SYM_FUNC, else offset in its section), u32 size. */
#define CK_SYM_SIZE         16u
enum ck_sym_kind {
    CK_SYM_UNDEF  = 0,
    CK_SYM_FUNC   = 1,
    CK_SYM_RODATA = 2,
    CK_SYM_DATA   = 3,
    CK_SYM_BSS    = 4
};
#define CK_SYM_GLOBAL       0x01u

/* Relocation record (object), 16 bytes: u8 section (CK_SECT_CODE/RODATA/DATA), u8 kind,
 * u16 reserved (0), u32 offset in that section, u32 symbol (or import) index, i32 addend. */
#define CK_RELOC_SIZE       16u
enum ck_reloc_kind {
    CK_REL_ADDR32   = 1,  /* u32 = guest address of data symbol + addend */
    CK_REL_FUNC16   = 2,  /* u16 = image function index of function symbol (call operands) */
    CK_REL_FPTR32   = 3,  /* u32 = image function index + 1 of function symbol (function pointer value) */
    CK_REL_NATIVE16 = 4,  /* u16 = image import index of object import #symbol (calln operands) */
    CK_REL_ADDR16   = 5,  /* u16 = guest address of data symbol + addend, which must be below 64 KiB
                             (liu operands: the small data model) */
    CK_REL_NATIVE8  = 6   /* u8 = image import index of object import #symbol (calln.n operands) */
};
/* A data address (ADDR32, ADDR16), a native import (NATIVE16, NATIVE8), and the bytes a
 * relocation patches. */
#define CK_REL_IS_ADDR(k)   ((k) == CK_REL_ADDR32 || (k) == CK_REL_ADDR16)
#define CK_REL_IS_NATIVE(k) ((k) == CK_REL_NATIVE16 || (k) == CK_REL_NATIVE8)
#define CK_REL_WIDTH(k)     ((k) == CK_REL_ADDR32 || (k) == CK_REL_FPTR32 ? 4u : (k) == CK_REL_NATIVE8 ? 1u : 2u)

/* Debug line table (LINES, objects and images): uleb nfiles, nfiles NUL-terminated file names, then
 * per function with rows, in ascending index order: uleb (index - previous index - 1), ops, END.
 * State (file, line) carries over between functions, pc restarts at 0; each ROW or special op adds a
 * row (pc, file, line) that holds until the function's next row. Line 0: no line. */
#define CK_LINES_END        0x00u   /* end of a function's ops */
#define CK_LINES_FILE       0x01u   /* uleb F: file = F */
#define CK_LINES_ROW        0x02u   /* uleb dpc, sleb dline: row at pc += dpc, line += dline */
#define CK_LINES_SPECIAL    0x03u   /* ops 0x03..0xff: v = op - 0x03, dpc = v / RANGE, dline = v % RANGE + MIN */
#define CK_LINES_LMIN       (-3)
#define CK_LINES_LRANGE     6

/* A function pointer value is its function index + 1; 0 is the null function pointer. */
#define CK_FPTR_BIAS        1u

#endif
