/* The container shared by objects and images (internal to common/): the 32-byte header, the
 * section directory, little-endian field access, and the string table. obj.c and image.c build
 * their readers and canonical writers on it. Layout: include/cockpit/format.h. */
#ifndef COCKPIT_CONTAINER_H
#define COCKPIT_CONTAINER_H

#include <stddef.h>
#include <stdint.h>

#include "cktools.h"

#define CK_NKINDS 11                   /* section kinds are 1..10 */

typedef struct ck_section { const uint8_t *p; uint32_t size; int present; } ck_section;

typedef struct ck_container {
    uint32_t entry, bss_size, stack_size;
    ck_section sect[CK_NKINDS];        /* indexed by enum ck_section_kind */
} ck_container;

/* Checks header and directory of an image (is_image) or object and fills *c; every structural
 * problem gets its own message. 0, or -1 with the message in err. */
int ck_container_parse(ck_container *c, const uint8_t *p, size_t n, int is_image, char *err, size_t errlen);

/* Number of whole records of `recsize` bytes in a section (its size was checked to be a multiple). */
static inline size_t ck_nrec(const ck_section *s, size_t recsize) { return s->size / recsize; }

/* Checks a STRTAB offset and returns the string it names, or NULL with err set ("what": who asks). */
const char *ck_container_str(const ck_container *c, uint32_t off, const char *what, char *err, size_t errlen);

const char *ck_section_name(uint32_t kind);

/* String table under construction: each distinct string once, in first-use order. */
typedef struct ck_strtab { ck_buf b; ck_strmap map; } ck_strtab;
uint32_t ck_strtab_add(ck_strtab *t, const char *s);
void ck_strtab_free(ck_strtab *t);

/* Writes header, directory and the given sections (kind order, no padding) and seals size and CRC.
 * Sections with present == 0 are left out. Appends to out. */
void ck_container_write(ck_buf *out, uint32_t magic, uint16_t version, uint32_t entry, uint32_t bss_size,
                        uint32_t stack_size, const ck_section sect[CK_NKINDS]);

#endif
