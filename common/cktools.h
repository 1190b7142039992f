/* Toolchain support shared by the assembler, disassembler, linker, back end and driver (hosted C):
 * growable buffers, file I/O, diagnostics, and the in-memory models of objects and images with
 * their readers and (canonical) writers. Binary layouts: include/cockpit/format.h. */
#ifndef COCKPIT_CKTOOLS_H
#define COCKPIT_CKTOOLS_H

#include <stdarg.h>
#include <stddef.h>
#include <stdint.h>

/* --- buffers and files (common/buf.c) ------------------------------------------------------------ */
typedef struct ck_buf { uint8_t *data; size_t len, cap; } ck_buf;
void ck_buf_reserve(ck_buf *b, size_t extra);
void ck_buf_put(ck_buf *b, const void *p, size_t n);
void ck_buf_u8(ck_buf *b, uint8_t v);
void ck_buf_u16(ck_buf *b, uint16_t v);
void ck_buf_u32(ck_buf *b, uint32_t v);
void ck_buf_u64(ck_buf *b, uint64_t v);
void ck_buf_zero(ck_buf *b, size_t n);
void ck_buf_free(ck_buf *b);
/* Appends formatted text; data[len] is kept a NUL so the buffer can be used as a C string. */
int ck_buf_printf(ck_buf *b, const char *fmt, ...) __attribute__((format(printf, 2, 3)));
int ck_buf_vprintf(ck_buf *b, const char *fmt, va_list ap);
void *ck_xmalloc(size_t n);                        /* abort with a message on exhaustion */
void *ck_xrealloc(void *p, size_t n);
char *ck_xstrdup(const char *s);
uint32_t ck_crc32(const uint8_t *p, size_t n);     /* IEEE 802.3 */
/* Reads a whole file ("-" is stdin); returns 0 and fills *out (NUL-terminated, the NUL not counted
 * in len), or -1 with a message in err ("cannot open 'x': ..."). */
int ck_read_file(const char *path, ck_buf *out, char *err, size_t errlen);
/* Writes atomically (temp file + rename), so a failed write never destroys an existing file. */
int ck_write_file(const char *path, const void *p, size_t n, char *err, size_t errlen);

/* Little-endian fields in place (every binary format here is little endian). */
static inline uint16_t ck_get16(const uint8_t *p) { return (uint16_t)(p[0] | p[1] << 8); }
static inline uint32_t ck_get32(const uint8_t *p)
{
    return (uint32_t)p[0] | (uint32_t)p[1] << 8 | (uint32_t)p[2] << 16 | (uint32_t)p[3] << 24;
}
static inline void ck_put16(uint8_t *p, uint16_t v) { p[0] = (uint8_t)v; p[1] = (uint8_t)(v >> 8); }
static inline void ck_put32(uint8_t *p, uint32_t v)
{
    p[0] = (uint8_t)v; p[1] = (uint8_t)(v >> 8); p[2] = (uint8_t)(v >> 16); p[3] = (uint8_t)(v >> 24);
}

/* --- string maps (common/strmap.c): name -> index, for symbol tables ------------------------------ */
typedef struct ck_strmap { struct ck_strmap_slot *slots; size_t cap, count; } ck_strmap;
int ck_strmap_get(const ck_strmap *m, const char *key, size_t *val);   /* 1 and *val when present */
void ck_strmap_put(ck_strmap *m, const char *key, size_t val);         /* adds or replaces; copies key */
void ck_strmap_free(ck_strmap *m);

/* --- diagnostics (common/diag.c) ----------------------------------------------------------------- */
/* Prints "file:line:col: error: msg" (line/col omitted when 0) to stderr and counts errors. */
void ck_diag_error(const char *file, unsigned line, unsigned col, const char *fmt, ...)
    __attribute__((format(printf, 4, 5)));
void ck_diag_warning(const char *file, unsigned line, unsigned col, const char *fmt, ...)
    __attribute__((format(printf, 4, 5)));
unsigned ck_diag_count(void);      /* errors reported so far */
/* The same, followed by the source line `src` (srclen bytes, or up to its first newline) and a
 * caret under column `col` (1-based, in bytes). src may be NULL. Colour only when stderr is a tty. */
void ck_diag_error_src(const char *file, unsigned line, unsigned col, const char *src, size_t srclen,
                       const char *fmt, ...) __attribute__((format(printf, 6, 7)));
void ck_diag_warning_src(const char *file, unsigned line, unsigned col, const char *src, size_t srclen,
                         const char *fmt, ...) __attribute__((format(printf, 6, 7)));
/* "file:line:col: note: msg": context for the error just reported (not counted). */
void ck_diag_note(const char *file, unsigned line, unsigned col, const char *fmt, ...)
    __attribute__((format(printf, 4, 5)));
/* Sends diagnostics to the end of *b (without colour) instead of stderr; NULL restores stderr. */
void ck_diag_capture(ck_buf *b);
void ck_diag_reset(void);          /* sets the error count back to 0 */

/* --- objects (common/obj.c) ---------------------------------------------------------------------- */
typedef struct ck_obj_func {
    uint32_t code_off, code_size, frame;
    uint8_t nargs, nrets, nregs, flags;
} ck_obj_func;
typedef struct ck_obj_sym {
    char *name;
    uint8_t kind, flags;          /* enum ck_sym_kind, CK_SYM_GLOBAL */
    uint32_t value, size;
} ck_obj_sym;
typedef struct ck_obj_import {
    char *name;
    uint16_t version;
    uint8_t nargs, nrets;
} ck_obj_import;
typedef struct ck_obj_reloc {
    uint8_t section, kind;        /* CK_SECT_CODE/RODATA/DATA, enum ck_reloc_kind */
    uint32_t offset, sym;
    int32_t addend;
} ck_obj_reloc;
typedef struct ck_obj {
    ck_buf code, rodata, data;
    uint32_t bss_size;
    ck_obj_func *funcs;     size_t nfuncs;
    ck_obj_sym *syms;       size_t nsyms;
    ck_obj_import *imports; size_t nimports;
    ck_obj_reloc *relocs;   size_t nrelocs;
    uint32_t stack_size;    /* from .stack, 0 = unspecified; kept in the header's stack field */
    ck_buf lines;           /* LINES section (canonical, checked by ck_obj_read); empty when absent */
} ck_obj;
void ck_obj_free(ck_obj *o);
void ck_obj_write(const ck_obj *o, ck_buf *out);
/* Parses and fully checks an object; never trusts the input. 0, or -1 with a specific message. */
int ck_obj_read(ck_obj *o, const uint8_t *p, size_t n, char *err, size_t errlen);

/* --- images (common/image.c) --------------------------------------------------------------------- */
typedef struct ck_image_func {
    uint32_t code_off, code_size, frame;
    uint8_t nargs, nrets, nregs, flags;
    char *name;                   /* NULL when the image has no NAMES section */
} ck_image_func;
typedef struct ck_image {
    ck_buf code, rodata, data;
    uint32_t bss_size, stack_size, entry;
    ck_image_func *funcs;    size_t nfuncs;
    ck_obj_import *imports;  size_t nimports;
    int has_names;           /* write a NAMES section */
    ck_buf lines;            /* raw LINES section (ck_lines_decode reads it); empty when absent */
} ck_image;
void ck_image_free(ck_image *im);
void ck_image_write(const ck_image *im, ck_buf *out);   /* canonical: same content, same bytes */
/* Parses an image's structure (not the code) for tools; never trusts the input. */
int ck_image_read(ck_image *im, const uint8_t *p, size_t n, char *err, size_t errlen);
/* Guest addresses of the segments of an image with the given sizes (as the VM lays them out). */
uint32_t ck_image_data_addr(uint32_t rodata_size);
uint32_t ck_image_bss_addr(uint32_t rodata_size, uint32_t data_size);

/* --- debug line tables (common/image.c): the LINES section of objects and images -------------------
 * Rows map function + pc to file:line; a row holds from its pc to the next row of its function.
 * Encoding (docs/bytecode.md "Debug line table"): file names, then per function delta-coded rows. */
typedef struct ck_line_row {
    uint32_t func, pc;            /* function index, byte offset in its code */
    uint32_t file, line;          /* index in files[]; source line, 0 = no line from this pc on */
} ck_line_row;
typedef struct ck_lines {
    char **files;      size_t nfiles, capfiles;
    ck_strmap fileidx;            /* name -> index in files */
    ck_line_row *rows; size_t nrows, caprows;
} ck_lines;
void ck_lines_free(ck_lines *l);
uint32_t ck_lines_file(ck_lines *l, const char *name);     /* index of a file name, added if new */
void ck_lines_add(ck_lines *l, uint32_t func, uint32_t pc, uint32_t file, uint32_t line);
/* Appends the canonical encoding (nothing when no row says anything): rows sorted by function and
 * pc (of two rows at one pc the later added wins), rows that repeat the line before them and line-0
 * rows at a function's start dropped, files renumbered in first-use order, unused ones dropped. */
void ck_lines_encode(const ck_lines *l, ck_buf *out);
/* Decodes a LINES section of a container whose functions have code_size[0..nfuncs) bytes. Accepts
 * only the canonical encoding (so that encode(decode(x)) == x). 0, or -1 with a specific message. */
int ck_lines_decode(ck_lines *l, const uint8_t *p, size_t n, const uint32_t *code_size, size_t nfuncs,
                    char *err, size_t errlen);
/* The source line of func+pc: 1 with *file and *line set, or 0 when the table says nothing. */
int ck_lines_find(const ck_lines *l, uint32_t func, uint32_t pc, const char **file, uint32_t *line);

#endif
