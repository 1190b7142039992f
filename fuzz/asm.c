/* Fuzz harness: the assembler (assembler/lex.c, asm.c, insn.c) on arbitrary text, and what follows
 * for text that assembles: the disassembler, the linker and the VM.
 *
 * Input: assembly source (.cks), or an image listing (first directive `.image`). Checked besides
 * "no crash, no leak":
 *  - ck_asm_to_obj and ck_asm_assemble agree (same verdict, same object bytes);
 *  - the assembler never reports that what it assembled fails its own reader ("would be
 *    invalid": the assembler let through something the format cannot hold);
 *  - what the disassembler accepts of the result assembles back to the very same bytes;
 * then an object is linked (entry "main", everything kept) and the image, or an assembled image,
 * is run by ck_host_run (budget 10000, 64 KiB of guest memory, console to /dev/null).
 */
#define _GNU_SOURCE                                     /* memmem */
#include <stdint.h>
#include <stdlib.h>
#include <string.h>

#include "ckasm.h"
#include "ckhost.h"
#include "cklink.h"
#include "fuzz.h"

static void run_image(const ck_buf *img)
{
    ck_host_opts o = { 64u * 1024u, 10000, fuzz_verbose() ? stdout : fuzz_null(), fuzz_verbose() ? stderr : fuzz_null() };
    ck_host_run(img->data, img->len, "fuzz.cbc", &o);
}

static void link_and_run(const ck_buf *objbytes)
{
    char err[512];
    ck_obj o;
    FUZZ_CHECK(ck_obj_read(&o, objbytes->data, objbytes->len, err, sizeof err) == 0, "assembled object refused: %s", err);
    ck_link_input in = { "fuzz.cko", &o, 0 };
    ck_link_opts lo = { "main", 1, 1 };
    ck_image im;
    memset(&im, 0, sizeof im);
    if (ck_link(&in, 1, &lo, &im) == 0) {
        ck_buf b = {0};
        ck_image_write(&im, &b);
        run_image(&b);
        ck_buf_free(&b);
    }
    ck_image_free(&im);
    ck_obj_free(&o);
}

int LLVMFuzzerTestOneInput(const uint8_t *data, size_t size)
{
    if (size > 256u * 1024u) return 0;
    char *text = malloc(size ? size : 1);        /* not NUL-terminated: the assembler must not need it */
    if (!text) abort();
    if (size) memcpy(text, data, size);

    ck_buf out = {0}, diags = {0}, dis = {0}, back = {0};
    char err[512];
    quiet();
    ck_diag_capture(&diags);
    int rc = ck_asm_assemble("fuzz.cks", text, size, &out);
    fuzz_show(&diags);
    FUZZ_CHECK(!diags.data || !strstr((char *)diags.data, "error: the assembled ") || memmem(text, size, "assembled", 9),
               "%s", (char *)diags.data);

    int image = out.len >= 4 && !memcmp(out.data, "CKBC", 4);
    if (!image) {
        ck_obj o;
        int rc2 = ck_asm_to_obj("fuzz.cks", text, size, &o);
        FUZZ_CHECK(rc == rc2, "ck_asm_assemble says %d, ck_asm_to_obj %d", rc, rc2);
        if (!rc2) {
            ck_buf b = {0};
            ck_obj_write(&o, &b);
            FUZZ_CHECK(b.len == out.len && !memcmp(b.data, out.data, b.len), "the two entry points give different objects");
            ck_buf_free(&b);
            ck_obj_free(&o);
        }
    }
    if (rc == 0 && ck_disasm(out.data, out.len, &dis, err, sizeof err) == 0) {
        if (diags.data) diags.len = 0, diags.data[0] = 0;
        int rc3 = ck_asm_assemble("fuzz.cks", (const char *)dis.data, dis.len, &back);
        FUZZ_CHECK(rc3 == 0, "the disassembly does not assemble:\n%s\n--- listing:\n%s", diags.data ? (char *)diags.data : "",
                   (char *)dis.data);
        FUZZ_CHECK(back.len == out.len && !memcmp(back.data, out.data, out.len),
                   "disassemble + assemble gives other bytes (%zu, was %zu)", back.len, out.len);
    }
    ck_diag_capture(NULL);
    ck_diag_reset();
    if (rc == 0) {
        if (image) run_image(&out);
        else link_and_run(&out);
    }
    loud();
    ck_buf_free(&out);
    ck_buf_free(&diags);
    ck_buf_free(&dis);
    ck_buf_free(&back);
    free(text);
    return 0;
}
