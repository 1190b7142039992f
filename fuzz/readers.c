/* Fuzz harness: the object and image readers (common/obj.c, common/image.c, common/container.c),
 * the disassembler (assembler/disasm.c) and the linker (linker/link.c) on arbitrary bytes: what
 * `cockpit disasm`, `size` and `link` do with a file they are given.
 *
 * Input: an object (.cko) or an image (.cbc); its size and CRC fields are made right first
 * (fuzz.h). Properties checked besides "no crash, no leak":
 *  - what a reader accepts, its writer writes back in a form the reader accepts, and writing that
 *    again gives the same bytes (the writers are canonical);
 *  - what the disassembler accepts, the assembler turns back into the input's canonical form
 *    (the writer's bytes for what the reader read): the same bytes for a canonical input, as
 *    assembler/disasm.c promises; the readers also accept some non-canonical layouts (bytes that
 *    belong to no section, for one), which the listing cannot show;
 *  - an object that reads is linked (entry "main", everything kept) and the image the linker
 *    makes is one the image reader accepts.
 */
#include <stdint.h>
#include <stdlib.h>
#include <string.h>

#include "ckasm.h"
#include "cklink.h"
#include "fuzz.h"

static int same(const ck_buf *a, const ck_buf *b)
{
    return a->len == b->len && (!a->len || !memcmp(a->data, b->data, a->len));
}

static void objects(const uint8_t *p, size_t n)
{
    char err[512];
    ck_obj o, o2;
    memset(&o, 0, sizeof o);
    if (ck_obj_read(&o, p, n, err, sizeof err)) return;
    ck_buf b1 = {0}, b2 = {0};
    ck_obj_write(&o, &b1);
    memset(&o2, 0, sizeof o2);
    FUZZ_CHECK(ck_obj_read(&o2, b1.data, b1.len, err, sizeof err) == 0, "the object reader refuses what its writer wrote: %s", err);
    ck_obj_write(&o2, &b2);
    FUZZ_CHECK(same(&b1, &b2), "writing an object twice gives different bytes (%zu, %zu)", b1.len, b2.len);
    ck_obj_free(&o2);
    ck_buf_free(&b1);
    ck_buf_free(&b2);

    ck_link_input in = { "fuzz.cko", &o, 0 };
    ck_link_opts lo = { "main", 1, 1 };
    ck_image im;
    memset(&im, 0, sizeof im);
    if (ck_link(&in, 1, &lo, &im) == 0) {
        ck_image im2;
        ck_image_write(&im, &b1);
        memset(&im2, 0, sizeof im2);
        FUZZ_CHECK(ck_image_read(&im2, b1.data, b1.len, err, sizeof err) == 0, "the linker wrote an image the reader refuses: %s",
                   err);
        ck_image_free(&im2);
        ck_buf_free(&b1);
    }
    ck_image_free(&im);
    ck_obj_free(&o);
}

static void images(const uint8_t *p, size_t n)
{
    char err[512];
    ck_image im, im2;
    memset(&im, 0, sizeof im);
    if (ck_image_read(&im, p, n, err, sizeof err)) return;
    ck_buf b1 = {0}, b2 = {0};
    ck_image_write(&im, &b1);
    memset(&im2, 0, sizeof im2);
    FUZZ_CHECK(ck_image_read(&im2, b1.data, b1.len, err, sizeof err) == 0, "the image reader refuses what its writer wrote: %s", err);
    ck_image_write(&im2, &b2);
    FUZZ_CHECK(same(&b1, &b2), "writing an image twice gives different bytes (%zu, %zu)", b1.len, b2.len);
    ck_image_free(&im2);
    ck_image_free(&im);
    ck_buf_free(&b1);
    ck_buf_free(&b2);
}

/* The canonical form of an object or image: what its writer makes of what its reader reads. */
static int canonical(const uint8_t *p, size_t n, ck_buf *out)
{
    char err[512];
    if (n >= 4 && !memcmp(p, "CKOB", 4)) {
        ck_obj o;
        if (ck_obj_read(&o, p, n, err, sizeof err)) return -1;
        ck_obj_write(&o, out);
        ck_obj_free(&o);
        return 0;
    }
    ck_image im;
    if (ck_image_read(&im, p, n, err, sizeof err)) return -1;
    ck_image_write(&im, out);
    ck_image_free(&im);
    return 0;
}

static void round_trip(const uint8_t *p, size_t n)
{
    char err[512];
    ck_buf text = {0}, back = {0}, diags = {0}, canon = {0};
    if (ck_disasm(p, n, &text, err, sizeof err) == 0) {
        ck_diag_capture(&diags);
        int rc = ck_asm_assemble("fuzz.cks", (const char *)text.data, text.len, &back);
        ck_diag_capture(NULL);
        ck_diag_reset();
        FUZZ_CHECK(rc == 0, "the disassembly does not assemble:\n%s\n--- listing:\n%s", diags.data ? (char *)diags.data : "",
                   (char *)text.data);
        FUZZ_CHECK(canonical(p, n, &canon) == 0, "the disassembler accepts what the reader refuses");
        /* the disassembler refuses what is not canonical, so what it lists comes back byte for byte */
        FUZZ_CHECK(same(&back, &canon) && back.len == n && !memcmp(back.data, p, n),
                   "disassemble + assemble gives other bytes (%zu) than the input (%zu)", back.len, n);
    }
    ck_buf_free(&text);
    ck_buf_free(&back);
    ck_buf_free(&diags);
    ck_buf_free(&canon);
}

int LLVMFuzzerTestOneInput(const uint8_t *data, size_t size)
{
    if (size > (1u << 20)) return 0;
    uint8_t *p = fuzz_fixed_copy(data, size);
    ck_buf diags = {0};
    quiet();
    ck_diag_capture(&diags);
    objects(p, size);
    images(p, size);
    ck_diag_capture(NULL);
    ck_diag_reset();
    round_trip(p, size);
    loud();
    fuzz_show(&diags);
    ck_buf_free(&diags);
    free(p);
    return 0;
}
