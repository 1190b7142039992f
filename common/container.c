/* Header, section directory and string table of objects and images: one careful reader (every
 * size and offset is checked with overflow-safe arithmetic before use) and one canonical writer. */
#include <stdio.h>
#include <stdlib.h>
#include <string.h>

#include "cockpit/config.h"
#include "cockpit/format.h"
#include "container.h"

const char *ck_section_name(uint32_t kind)
{
    static const char *names[CK_NKINDS] = {
        NULL, "FUNCS", "CODE", "IMPORTS", "RODATA", "DATA", "STRTAB", "NAMES", "SYMS", "RELOCS", "LINES"
    };
    return kind < CK_NKINDS && names[kind] ? names[kind] : "?";
}

/* Record size of a section kind, 1 for byte sections. */
static uint32_t record_size(uint32_t kind)
{
    switch (kind) {
    case CK_SECT_FUNCS: return CK_FUNC_SIZE;
    case CK_SECT_IMPORTS: return CK_IMPORT_SIZE;
    case CK_SECT_NAMES: return 4;
    case CK_SECT_SYMS: return CK_SYM_SIZE;
    case CK_SECT_RELOCS: return CK_RELOC_SIZE;
    default: return 1;
    }
}

static int allowed(uint32_t kind, int is_image)
{
    switch (kind) {
    case CK_SECT_FUNCS: case CK_SECT_CODE: case CK_SECT_IMPORTS: case CK_SECT_RODATA:
    case CK_SECT_DATA: case CK_SECT_STRTAB:
        return 1;
    case CK_SECT_LINES:
        return 1;
    case CK_SECT_NAMES:
        return is_image;
    case CK_SECT_SYMS: case CK_SECT_RELOCS:
        return !is_image;
    default:
        return 0;
    }
}

typedef struct span { uint32_t off, size, kind; } span;

static int by_offset(const void *a, const void *b)
{
    const span *x = a, *y = b;
    return x->off < y->off ? -1 : x->off > y->off;
}

int ck_container_parse(ck_container *c, const uint8_t *p, size_t n, int is_image, char *err, size_t errlen)
{
    const char *what = is_image ? "image" : "object";
    memset(c, 0, sizeof *c);
    if (n < CK_HDR_SIZE) {
        snprintf(err, errlen, "truncated %s: %zu bytes, smaller than the %u-byte header", what, n, CK_HDR_SIZE);
        return -1;
    }
    uint32_t magic = ck_get32(p), want = is_image ? CK_IMAGE_MAGIC : CK_OBJECT_MAGIC;
    if (magic != want) {
        if (is_image && magic == CK_OBJECT_MAGIC)
            snprintf(err, errlen, "this is a Cockpit object (.cko), not an image: link it first");
        else if (!is_image && magic == CK_IMAGE_MAGIC)
            snprintf(err, errlen, "this is a Cockpit image (.cbc), not an object");
        else
            snprintf(err, errlen, "bad magic %02x %02x %02x %02x: not a Cockpit %s (expected '%s')",
                     p[0], p[1], p[2], p[3], what, is_image ? "CKBC" : "CKOB");
        return -1;
    }
    unsigned version = ck_get16(p + 4), want_version = is_image ? CK_IMAGE_VERSION : CK_OBJECT_VERSION;
    if (version != want_version) {
        snprintf(err, errlen, "unsupported %s format version %u (this tool reads version %u)", what, version,
                 want_version);
        return -1;
    }
    uint32_t size = ck_get32(p + 8);
    if (size != n) {
        snprintf(err, errlen, "%s %s: its header gives a size of %u bytes, the file has %zu", what,
                 size > n ? "truncated" : "has trailing bytes", size, n);
        return -1;
    }
    uint32_t crc = ck_get32(p + 12), got = ck_crc32(p + 16, n - 16);
    if (crc != got) {
        snprintf(err, errlen, "CRC mismatch: the header says 0x%08x, the contents give 0x%08x (corrupted %s)",
                 crc, got, what);
        return -1;
    }
    if (ck_get16(p + 6)) {
        snprintf(err, errlen, "header flags are 0x%04x, must be 0", ck_get16(p + 6));
        return -1;
    }
    if (ck_get16(p + 30)) {
        snprintf(err, errlen, "reserved header field is 0x%04x, must be 0", ck_get16(p + 30));
        return -1;
    }
    c->entry = ck_get32(p + 16);
    c->bss_size = ck_get32(p + 20);
    c->stack_size = ck_get32(p + 24);
    unsigned ns = ck_get16(p + 28);
    if (ns > CK_MAX_SECTIONS) {
        snprintf(err, errlen, "too many sections: %u (at most %u)", ns, CK_MAX_SECTIONS);
        return -1;
    }
    size_t dir_end = CK_HDR_SIZE + (size_t)CK_SECT_ENTRY_SIZE * ns;
    if (dir_end > n) {
        snprintf(err, errlen, "truncated section directory: %u entries need %zu bytes, the file has %zu",
                 ns, dir_end, n);
        return -1;
    }
    span spans[CK_MAX_SECTIONS];
    size_t nspans = 0;
    for (unsigned i = 0; i < ns; i++) {
        const uint8_t *e = p + CK_HDR_SIZE + (size_t)CK_SECT_ENTRY_SIZE * i;
        uint32_t kind = ck_get32(e), off = ck_get32(e + 4), sz = ck_get32(e + 8);
        if (kind == 0 || kind >= CK_NKINDS) {
            snprintf(err, errlen, "unknown section kind %u (directory entry %u)", kind, i);
            return -1;
        }
        const char *name = ck_section_name(kind);
        if (!allowed(kind, is_image)) {
            snprintf(err, errlen, "section %s is not allowed in an %s", name, what);
            return -1;
        }
        if (c->sect[kind].present) {
            snprintf(err, errlen, "section %s appears twice in the directory", name);
            return -1;
        }
        if (off > n || sz > n - off) {
            snprintf(err, errlen, "section %s (offset %u, size %u) lies outside the %s (%zu bytes)", name, off,
                     sz, what, n);
            return -1;
        }
        if (sz && off < dir_end) {
            snprintf(err, errlen, "section %s (offset %u) overlaps the header and section directory (%zu bytes)",
                     name, off, dir_end);
            return -1;
        }
        uint32_t rec = record_size(kind);
        if (sz % rec) {
            snprintf(err, errlen, "section %s has %u bytes, not a multiple of its %u-byte records", name, sz, rec);
            return -1;
        }
        c->sect[kind].p = p + off;
        c->sect[kind].size = sz;
        c->sect[kind].present = 1;
        if (sz) spans[nspans++] = (span){off, sz, kind};
    }
    qsort(spans, nspans, sizeof *spans, by_offset);
    for (size_t i = 1; i < nspans; i++)
        if (spans[i].off - spans[i - 1].off < spans[i - 1].size) {
            snprintf(err, errlen, "sections %s and %s overlap", ck_section_name(spans[i - 1].kind),
                     ck_section_name(spans[i].kind));
            return -1;
        }
    return 0;
}

const char *ck_container_str(const ck_container *c, uint32_t off, const char *what, char *err, size_t errlen)
{
    const ck_section *s = &c->sect[CK_SECT_STRTAB];
    if (off >= s->size) {
        snprintf(err, errlen, "%s: name string offset %u lies outside STRTAB (%u bytes)", what, off, s->size);
        return NULL;
    }
    const uint8_t *nul = memchr(s->p + off, 0, s->size - off);
    if (!nul) {
        snprintf(err, errlen, "%s: name string at STRTAB offset %u is unterminated", what, off);
        return NULL;
    }
    if ((size_t)(nul - (s->p + off)) > CK_MAX_NAME) {
        snprintf(err, errlen, "%s: name at STRTAB offset %u is %zu bytes long (at most %u)", what, off,
                 (size_t)(nul - (s->p + off)), CK_MAX_NAME);
        return NULL;
    }
    return (const char *)s->p + off;
}

uint32_t ck_strtab_add(ck_strtab *t, const char *s)
{
    size_t at;
    if (ck_strmap_get(&t->map, s, &at)) return (uint32_t)at;
    at = t->b.len;
    ck_buf_put(&t->b, s, strlen(s) + 1);
    ck_strmap_put(&t->map, s, at);
    return (uint32_t)at;
}

void ck_strtab_free(ck_strtab *t)
{
    ck_buf_free(&t->b);
    ck_strmap_free(&t->map);
}

void ck_container_write(ck_buf *out, uint32_t magic, uint16_t version, uint32_t entry, uint32_t bss_size,
                        uint32_t stack_size, const ck_section sect[CK_NKINDS])
{
    unsigned ns = 0;
    for (unsigned k = 1; k < CK_NKINDS; k++) ns += sect[k].present != 0;
    size_t start = out->len;
    size_t dir_end = CK_HDR_SIZE + (size_t)CK_SECT_ENTRY_SIZE * ns;
    ck_buf_zero(out, dir_end);
    size_t at = dir_end;
    unsigned i = 0;
    for (unsigned k = 1; k < CK_NKINDS; k++) {
        if (!sect[k].present) continue;
        uint8_t *e = out->data + start + CK_HDR_SIZE + (size_t)CK_SECT_ENTRY_SIZE * i++;
        ck_put32(e, k);
        ck_put32(e + 4, (uint32_t)at);
        ck_put32(e + 8, sect[k].size);
        ck_buf_put(out, sect[k].p, sect[k].size);
        at += sect[k].size;
    }
    uint8_t *h = out->data + start;
    size_t total = out->len - start;
    ck_put32(h, magic);
    ck_put16(h + 4, version);
    ck_put16(h + 6, 0);
    ck_put32(h + 8, (uint32_t)total);
    ck_put32(h + 16, entry);
    ck_put32(h + 20, bss_size);
    ck_put32(h + 24, stack_size);
    ck_put16(h + 28, (uint16_t)ns);
    ck_put16(h + 30, 0);
    ck_put32(h + 12, ck_crc32(h + 16, total - 16));
}
