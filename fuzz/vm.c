/* Fuzz harness: the VM's loader, verifier and interpreter on arbitrary images.
 *
 * Input: an image (.cbc); its size and CRC fields are made right first (fuzz.h). Each input is
 *  1. loaded by the full loader (vm/core/load.c) and by the firmware's terse one (the same file
 *     built with -DCK_VM_TERSE_ERRORS), with a roomy arena and with a tight one: both must accept
 *     or both refuse, and ck_vm_error_text must word the terse refusal exactly as the full loader
 *     words it (the message a board's user reads);
 *  2. when accepted, run through ck_host_run (the host natives, console to /dev/null) with a
 *     budget of 10000 and 64 KiB of guest memory: any outcome but a crash is fine.
 */
#include <stdint.h>
#include <stdlib.h>
#include <string.h>

#include "ckhost.h"
#include "ckvm.h"
#include "fuzz.h"

/* The terse loader, renamed (as tests/unit/test_vm.c builds it). */
#define CK_VM_TERSE_ERRORS
#define ck_vm_load terse_vm_load
#define ck_vm_func_name terse_vm_func_name
#define ck_vm_crc32 terse_vm_crc32
#define ck_vm_fault_name terse_vm_fault_name
#define ck_vm_ptr terse_vm_ptr
#include "load.c"
#undef ck_vm_crc32
#undef ck_vm_fault_name
#undef ck_vm_ptr
#undef ck_vm_func_name
#undef ck_vm_load
#undef CK_VM_TERSE_ERRORS

#define MAX_IMAGE (256u * 1024u)
#define BIG_MEM   (64u * 1024u)
#define TIGHT_MEM 512u

/* Loads img with both loaders, each in an arena of its own of exactly arena bytes (malloc'd, so
 * that ASan sees a write past it); returns the full loader's result. */
static int load_both(const uint8_t *img, uint32_t n, uint32_t arena, uint32_t mem)
{
    static ck_vm vm, tvm;
    char full[256], terse[CK_VERR_TERSE_SIZE], text[256];
    void *af = malloc(arena), *at = malloc(arena);
    if (!af || !at) abort();
    int rf = ck_vm_load(&vm, img, n, ck_host_natives, ck_host_nnatives, af, arena, mem, full, sizeof full);
    int rt = terse_vm_load(&tvm, img, n, ck_host_natives, ck_host_nnatives, at, arena, mem, terse, sizeof terse);
    free(af);
    free(at);
    FUZZ_CHECK(rf == rt, "full loader %s, terse loader %s ('%s' / '%s')", rf ? "refuses" : "accepts",
               rt ? "refuses" : "accepts", rf ? full : "", rt ? terse : "");
    if (rf) {
        FUZZ_CHECK(ck_vm_error_text(terse, img, n, text, sizeof text) == 1, "terse message '%s' (for '%s') does not decode",
                   terse, full);
        FUZZ_CHECK(!strcmp(text, full), "terse '%s' decodes to '%s', the full loader says '%s'", terse, text, full);
    } else {
        FUZZ_CHECK(vm.nfuncs == tvm.nfuncs && vm.entry == tvm.entry && vm.mem_size == tvm.mem_size,
                   "the loaders lay the image out differently");
    }
    return rf;
}

int LLVMFuzzerTestOneInput(const uint8_t *data, size_t size)
{
    if (size > MAX_IMAGE) return 0;
    uint8_t *img = fuzz_fixed_copy(data, size);
    uint32_t n = (uint32_t)size;
    int ok = load_both(img, n, BIG_MEM + n + 64u * 1024u, BIG_MEM) == 0;
    /* a tight arena: little guest memory, and stacks of a few hundred bytes at most */
    load_both(img, n, TIGHT_MEM + n + 600u, TIGHT_MEM);
    if (ok) {
        ck_host_opts o = { BIG_MEM, 10000, fuzz_verbose() ? stdout : fuzz_null(), fuzz_verbose() ? stderr : fuzz_null() };
        ck_host_run(img, size, "fuzz.cbc", &o);
    }
    free(img);
    return 0;
}
