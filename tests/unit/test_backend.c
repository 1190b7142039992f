/* Unit tests of the back end (compiler/backend): hand-written LLVM IR compiled to Cockpit
 * assembly, assembled, linked and run on the host VM, with the output checked. Covered: out of
 * SSA (the swap and lost-copy problems, a swap read by the back edge's branch, critical edges, one
 * predecessor over several edges, fan-out copies, irreducible loops, narrow phis, rotations of
 * pairs, and rotations of hundreds of values whose copies run between spill slots), register
 * allocation (pressure beyond the window with spilling, values live across calls, calls in loops,
 * many arguments, pairs), instruction selection shapes (fused compare-and-branch, folded offsets,
 * immediates, coalesced loop copies), switch lowering, globals, natives, narrow integers, i64,
 * unsupported IR with its message, the API's error paths and determinism, registers renumbered
 * for the narrow forms at -Os. Whole programs of hand-written IR (every intrinsic, width, switch
 * form, ...) are in tests/ir/ll. */
#define _GNU_SOURCE   /* open_memstream, memmem */
#include <check.h>
#include <stdio.h>
#include <stdlib.h>
#include <string.h>

#include <llvm-c/Core.h>

#include "backend/ckcc.h"
#include "cockpit/isa.h"
#include "ckasm.h"
#include "ckhost.h"
#include "cklink.h"
#include "cktools.h"

/* --- helpers -------------------------------------------------------------------------------------- */
static int target_tiny;   /* compile for --target tiny (test_tiny_target) */

/* IR text -> assembly text; 0, or -1 with *err (malloc'd). */
static int compile(const char *ir, char opt, ck_buf *out, char **err)
{
    ck_cc_opts o = { opt, 0, 0, target_tiny };
    LLVMContextRef ctx = LLVMContextCreate();
    LLVMModuleRef m = NULL;
    *err = NULL;
    int rc = ck_cc_parse_ir("test.ll", ir, strlen(ir), ctx, &m, err);
    if (!rc) rc = ck_cc_optimize(m, &o, err);
    if (!rc) rc = ck_cc_emit_asm(m, "test.ll", &o, out, err);
    if (m) LLVMDisposeModule(m);
    LLVMContextDispose(ctx);
    return rc;
}

static char *asm_of(const char *ir, char opt)
{
    ck_buf b = { 0 };
    char *err;
    if (compile(ir, opt, &b, &err)) ck_abort_msg("compile failed: %s", err);
    return (char *)b.data;
}

/* The compiler's error for ir (which must fail). */
static char *error_of(const char *ir)
{
    ck_buf b = { 0 };
    char *err;
    ck_assert_msg(compile(ir, '0', &b, &err) != 0, "expected an error, got:\n%s", b.data ? (char *)b.data : "");
    ck_assert_ptr_nonnull(err);
    ck_buf_free(&b);
    return err;
}

/* Compiles, assembles, links and runs; returns the exit status, *out the console output. */
static int run_ir(const char *ir, char opt, char **out)
{
    ck_buf text = { 0 };
    char *err;
    if (compile(ir, opt, &text, &err)) ck_abort_msg("compile failed: %s", err);
    ck_obj obj;
    memset(&obj, 0, sizeof obj);
    if (ck_asm_to_obj("test.cks", (const char *)text.data, text.len, &obj))
        ck_abort_msg("the assembler rejected:\n%s", (char *)text.data);
    ck_link_input in = { "test.cko", &obj, 0 };
    ck_link_opts lo = { "main", 0, 1 };
    ck_image im;
    memset(&im, 0, sizeof im);
    if (ck_link(&in, 1, &lo, &im)) ck_abort_msg("link failed for:\n%s", (char *)text.data);
    im.stack_size = 64 * 1024;
    ck_buf img = { 0 };
    ck_image_write(&im, &img);
    size_t n = 0;
    FILE *f = open_memstream(out, &n);
    ck_host_opts ho;
    memset(&ho, 0, sizeof ho);
    ho.out = f;
    ho.err = f;
    ho.budget = 100000000;
    int rc = ck_host_run(img.data, img.len, "test.cbc", &ho);
    fclose(f);
    ck_buf_free(&img);
    ck_image_free(&im);
    ck_obj_free(&obj);
    ck_buf_free(&text);
    return rc;
}

/* Runs at -O0 (the IR as written) and -O2, expecting the same output and status both times. */
static void expect_run(const char *ir, const char *want, int status)
{
    const char opts[] = { '0', '2' };
    for (int i = 0; i < 2; i++) {
        char *out = NULL;
        int rc = run_ir(ir, opts[i], &out);
        ck_assert_msg(!strcmp(out, want), "-O%c: output\n%s\nwanted\n%s", opts[i], out, want);
        ck_assert_msg(rc == status, "-O%c: status %d, wanted %d", opts[i], rc, status);
        free(out);
    }
}

static int count(const char *hay, const char *needle)
{
    int n = 0;
    for (const char *p = hay; (p = strstr(p, needle)); p += strlen(needle)) n++;
    return n;
}

/* The text of one function's body in an assembly listing. */
static char *func_text(const char *as, const char *name)
{
    char key[128];
    snprintf(key, sizeof key, ".func %s,", name);
    const char *b = strstr(as, key);
    ck_assert_msg(b != NULL, "no function %s in\n%s", name, as);
    const char *e = strstr(b, ".endfunc");
    ck_assert_ptr_nonnull(e);
    char *s = malloc((size_t)(e - b) + 1);
    memcpy(s, b, (size_t)(e - b));
    s[e - b] = 0;
    return s;
}

#define PRINT_DECL "declare void @print(i32) \"\\01io.print_i32\"\n" \
                   "declare void @\"\\01io.print_i64\"(i64)\n" \
                   "declare i32 @\"io.putchar\"(i32)\n"

/* --- out of SSA ------------------------------------------------------------------------------------ */
/* Two phis that swap on every iteration, and a three-way rotation: sequential copies would
 * overwrite a value another copy still needs. */
START_TEST(test_phi_swap_and_rotation)
{
    const char *ir =
        "declare void @p(i32) \"\\01io.print_i32\"\n"
        "declare void @\"\\01io.print_i32\"(i32)\n"
        "define i32 @main() {\n"
        "entry:\n"
        "  br label %loop\n"
        "loop:\n"
        "  %a = phi i32 [ 1, %entry ], [ %b, %loop ]\n"
        "  %b = phi i32 [ 2, %entry ], [ %a, %loop ]\n"
        "  %x = phi i32 [ 10, %entry ], [ %y, %loop ]\n"
        "  %y = phi i32 [ 20, %entry ], [ %z, %loop ]\n"
        "  %z = phi i32 [ 30, %entry ], [ %x, %loop ]\n"
        "  %i = phi i32 [ 0, %entry ], [ %i1, %loop ]\n"
        "  %i1 = add i32 %i, 1\n"
        "  %c = icmp slt i32 %i1, 4\n"
        "  br i1 %c, label %loop, label %exit\n"
        "exit:\n"
        "  call void @\"\\01io.print_i32\"(i32 %a)\n"
        "  call void @\"\\01io.print_i32\"(i32 %b)\n"
        "  call void @\"\\01io.print_i32\"(i32 %x)\n"
        "  call void @\"\\01io.print_i32\"(i32 %y)\n"
        "  call void @\"\\01io.print_i32\"(i32 %z)\n"
        "  ret i32 0\n"
        "}\n";
    /* 3 back edges: (a, b) swapped 3 times, (x, y, z) rotated 3 times */
    expect_run(ir, "21102030", 0);
}
END_TEST

/* The lost-copy problem: the phi's old value is used after the loop, so the copy on the back
 * edge must not simply overwrite it in the loop's exiting block. */
START_TEST(test_phi_lost_copy)
{
    const char *ir =
        "declare void @\"\\01io.print_i32\"(i32)\n"
        "define i32 @f(i32 %n) {\n"
        "entry:\n"
        "  br label %loop\n"
        "loop:\n"
        "  %x = phi i32 [ 1, %entry ], [ %y, %loop ]\n"
        "  %y = add i32 %x, 1\n"
        "  %c = icmp ult i32 %y, %n\n"
        "  br i1 %c, label %loop, label %exit\n"
        "exit:\n"
        "  %r = mul i32 %x, 100\n"
        "  %s = add i32 %r, %y\n"
        "  ret i32 %s\n"
        "}\n"
        "define i32 @main() {\n"
        "  %v = call i32 @f(i32 10)\n"
        "  call void @\"\\01io.print_i32\"(i32 %v)\n"
        "  ret i32 3\n"
        "}\n";
    expect_run(ir, "910", 3);
}
END_TEST

/* Critical edges: entry -> join and left -> join both carry copies into join's phis, and left
 * also branches elsewhere; the copies for one edge must not run on the other. */
START_TEST(test_phi_critical_edges)
{
    const char *ir =
        "declare void @\"\\01io.print_i32\"(i32)\n"
        "define i32 @f(i32 %a, i32 %b) {\n"
        "entry:\n"
        "  %c0 = icmp sgt i32 %a, 0\n"
        "  br i1 %c0, label %left, label %join\n"
        "left:\n"
        "  %c1 = icmp sgt i32 %b, 0\n"
        "  br i1 %c1, label %join, label %other\n"
        "other:\n"
        "  %p.o = add i32 %b, 100\n"
        "  br label %join\n"
        "join:\n"
        "  %p = phi i32 [ 1, %entry ], [ %b, %left ], [ 3, %other ]\n"
        "  %q = phi i32 [ %a, %entry ], [ %a, %left ], [ %p.o, %other ]\n"
        "  %r = mul i32 %p, 1000\n"
        "  %s = add i32 %r, %q\n"
        "  ret i32 %s\n"
        "}\n"
        "define i32 @main() {\n"
        "  %v1 = call i32 @f(i32 -5, i32 7)\n"
        "  call void @\"\\01io.print_i32\"(i32 %v1)\n"
        "  %v2 = call i32 @f(i32 5, i32 7)\n"
        "  call void @\"\\01io.print_i32\"(i32 %v2)\n"
        "  %v3 = call i32 @f(i32 5, i32 -7)\n"
        "  call void @\"\\01io.print_i32\"(i32 %v3)\n"
        "  ret i32 0\n"
        "}\n";
    /* f(-5,7) = 1*1000-5 = 995; f(5,7) = 7005; f(5,-7) = 3000 + (-7 + 100) = 3093 */
    expect_run(ir, "99570053093", 0);
}
END_TEST

/* i64 phis rotate through overlapping register pairs; the copies split into words and merge. */
START_TEST(test_phi_pairs)
{
    const char *ir =
        "declare void @\"\\01io.print_i64\"(i64)\n"
        "declare i32 @\"io.putchar\"(i32)\n"
        "define i32 @main() {\n"
        "entry:\n"
        "  br label %loop\n"
        "loop:\n"
        "  %a = phi i64 [ 4294967297, %entry ], [ %b, %loop ]\n"
        "  %b = phi i64 [ -2, %entry ], [ %c, %loop ]\n"
        "  %c = phi i64 [ 81985529216486895, %entry ], [ %a2, %loop ]\n"
        "  %w = phi i32 [ 7, %entry ], [ %w1, %loop ]\n"
        "  %a2 = add i64 %a, 1\n"
        "  %w1 = add i32 %w, -1\n"
        "  %k = icmp ne i32 %w1, 0\n"
        "  br i1 %k, label %loop, label %exit\n"
        "exit:\n"
        "  call void @\"\\01io.print_i64\"(i64 %a)\n"
        "  call i32 @io.putchar(i32 32)\n"
        "  call void @\"\\01io.print_i64\"(i64 %b)\n"
        "  call i32 @io.putchar(i32 32)\n"
        "  call void @\"\\01io.print_i64\"(i64 %c)\n"
        "  ret i32 0\n"
        "}\n";
    /* 6 back edges rotate (a, b, c+1) twice: each value gained 1 twice */
    expect_run(ir, "4294967299 0 81985529216486897", 0);
}
END_TEST

/* A swap whose back edge is conditional on one of the swapped values: the edge copy cannot move
 * in front of the branch that reads it, and both values are used after the loop. */
START_TEST(test_phi_swap_read_by_branch)
{
    const char *ir =
        "declare void @\"\\01io.print_i32\"(i32)\n"
        "define i32 @f(i32 %n) {\n"
        "entry:\n"
        "  br label %loop\n"
        "loop:\n"
        "  %a = phi i32 [ 1, %entry ], [ %b, %loop ]\n"
        "  %b = phi i32 [ 2, %entry ], [ %s, %loop ]\n"
        "  %s = add i32 %a, %b\n"
        "  %c = icmp slt i32 %b, %n\n"
        "  br i1 %c, label %loop, label %exit\n"
        "exit:\n"
        "  %r = mul i32 %a, 1000\n"
        "  %t = add i32 %r, %b\n"
        "  ret i32 %t\n"
        "}\n"
        "define i32 @main() {\n"
        "  %v = call i32 @f(i32 50)\n"
        "  call void @\"\\01io.print_i32\"(i32 %v)\n"
        "  ret i32 0\n"
        "}\n";
    /* (a, b) = (1, 2) (2, 3) (3, 5) ... (b, a + b) until b >= 50: a = 34, b = 55 */
    expect_run(ir, "34055", 0);
}
END_TEST

/* One predecessor reaching a block over several edges (both arms of a branch, several switch
 * cases and the default): the phi has one value per predecessor, and the copies run once. */
START_TEST(test_phi_same_predecessor_edges)
{
    const char *ir =
        "declare void @\"\\01io.print_i32\"(i32)\n"
        "define i32 @f(i32 %x, i32 %y) {\n"
        "entry:\n"
        "  %c = icmp sgt i32 %x, %y\n"
        "  br i1 %c, label %j, label %j\n"
        "j:\n"
        "  %p = phi i32 [ %y, %entry ], [ %y, %entry ]\n"
        "  %q = phi i32 [ %x, %entry ], [ %x, %entry ]\n"
        "  %d = icmp eq i32 %p, 0\n"
        "  br i1 %d, label %out, label %sw\n"
        "sw:\n"
        "  %m = urem i32 %q, 4\n"
        "  switch i32 %m, label %j2 [ i32 0, label %j2  i32 1, label %j2  i32 2, label %k ]\n"
        "k:\n"
        "  br label %j2\n"
        "j2:\n"
        "  %r = phi i32 [ %q, %sw ], [ %q, %sw ], [ %q, %sw ], [ %p, %k ]\n"
        "  %r2 = phi i32 [ %p, %sw ], [ %p, %sw ], [ %p, %sw ], [ %q, %k ]\n"
        "  %s = sub i32 %r, %r2\n"
        "  ret i32 %s\n"
        "out:\n"
        "  ret i32 -1\n"
        "}\n"
        "define i32 @main() {\n"
        "  %a = call i32 @f(i32 7, i32 3)\n"
        "  call void @\"\\01io.print_i32\"(i32 %a)\n"
        "  %b = call i32 @f(i32 6, i32 3)\n"
        "  call void @\"\\01io.print_i32\"(i32 %b)\n"
        "  %c = call i32 @f(i32 6, i32 0)\n"
        "  call void @\"\\01io.print_i32\"(i32 %c)\n"
        "  ret i32 0\n"
        "}\n";
    /* f(7,3): q=7, 7%4=3 (default): 7-3 = 4; f(6,3): 6%4=2 -> k: 3-6 = -3; f(6,0): p=0 -> -1 */
    expect_run(ir, "4" "-3" "-1", 0);
}
END_TEST

/* A copy whose source feeds two destinations, inside a cycle (a <- c, b <- c, c <- a), and a phi
 * that is its own incoming value. */
START_TEST(test_phi_fanout_and_self)
{
    const char *ir =
        "declare void @\"\\01io.print_i32\"(i32)\n"
        "define i32 @main() {\n"
        "entry:\n"
        "  br label %loop\n"
        "loop:\n"
        "  %a = phi i32 [ 1, %entry ], [ %c, %loop ]\n"
        "  %b = phi i32 [ 2, %entry ], [ %c, %loop ]\n"
        "  %c = phi i32 [ 3, %entry ], [ %a, %loop ]\n"
        "  %d = phi i32 [ 4, %entry ], [ %d, %loop ]\n"
        "  %i = phi i32 [ 0, %entry ], [ %i1, %loop ]\n"
        "  %e = add i32 %a, %b\n"
        "  %i1 = add i32 %i, 1\n"
        "  %k = icmp ult i32 %i1, 5\n"
        "  br i1 %k, label %loop, label %exit\n"
        "exit:\n"
        "  call void @\"\\01io.print_i32\"(i32 %a)\n"
        "  call void @\"\\01io.print_i32\"(i32 %b)\n"
        "  call void @\"\\01io.print_i32\"(i32 %c)\n"
        "  call void @\"\\01io.print_i32\"(i32 %d)\n"
        "  call void @\"\\01io.print_i32\"(i32 %e)\n"
        "  ret i32 0\n"
        "}\n";
    /* (a, b, c): (1,2,3) (3,3,1) (1,1,3) (3,3,1) (1,1,3); d stays 4; e = a + b of the last = 2 */
    expect_run(ir, "1" "1" "3" "4" "2", 0);
}
END_TEST

/* An irreducible loop (two entries, a and b), with phis on every edge and at the exit. */
START_TEST(test_phi_irreducible)
{
    const char *ir =
        "declare void @\"\\01io.print_i32\"(i32)\n"
        "define i32 @f(i32 %n, i1 %start) {\n"
        "entry:\n"
        "  br i1 %start, label %a, label %b\n"
        "a:\n"
        "  %x = phi i32 [ 0, %entry ], [ %y1, %b ]\n"
        "  %u = phi i32 [ %n, %entry ], [ %v, %b ]\n"
        "  %x1 = add i32 %x, 3\n"
        "  %u1 = sub i32 %u, 1\n"
        "  %ca = icmp sgt i32 %u1, 0\n"
        "  br i1 %ca, label %b, label %out\n"
        "b:\n"
        "  %y = phi i32 [ 100, %entry ], [ %x1, %a ]\n"
        "  %v = phi i32 [ %n, %entry ], [ %u1, %a ]\n"
        "  %y1 = mul i32 %y, 2\n"
        "  %cb = icmp sgt i32 %v, 2\n"
        "  br i1 %cb, label %a, label %out\n"
        "out:\n"
        "  %r = phi i32 [ %x1, %a ], [ %y1, %b ]\n"
        "  %w = phi i32 [ %u1, %a ], [ %v, %b ]\n"
        "  %s = mul i32 %r, 100\n"
        "  %t = add i32 %s, %w\n"
        "  ret i32 %t\n"
        "}\n"
        "define i32 @main() {\n"
        "  %a = call i32 @f(i32 7, i1 true)\n"
        "  call void @\"\\01io.print_i32\"(i32 %a)\n"
        "  %b = call i32 @f(i32 7, i1 false)\n"
        "  call void @\"\\01io.print_i32\"(i32 %b)\n"
        "  %c = call i32 @f(i32 2, i1 false)\n"
        "  call void @\"\\01io.print_i32\"(i32 %c)\n"
        "  ret i32 0\n"
        "}\n";
    /* f(7, true), f(7, false), f(2, false): as clang's own build prints */
    expect_run(ir, "1860265860220002", 0);
}
END_TEST

/* Narrow phis: an i8 whose incoming values wrap (not extended: the extension assumed for the
 * first round of selection must be dropped), an i1 flag and an i16 that overflows. */
START_TEST(test_phi_narrow)
{
    const char *ir =
        "declare void @\"\\01io.print_i32\"(i32)\n"
        "define i32 @main() {\n"
        "entry:\n"
        "  br label %loop\n"
        "loop:\n"
        "  %x = phi i8 [ -56, %entry ], [ %y, %loop ]\n"
        "  %f = phi i1 [ true, %entry ], [ %g, %loop ]\n"
        "  %h = phi i16 [ 1, %entry ], [ %h1, %loop ]\n"
        "  %i = phi i32 [ 0, %entry ], [ %i1, %loop ]\n"
        "  %y = add i8 %x, 100\n"
        "  %g = xor i1 %f, true\n"
        "  %h1 = mul i16 %h, 300\n"
        "  %xw = zext i8 %x to i32\n"
        "  call void @\"\\01io.print_i32\"(i32 %xw)\n"
        "  %lt = icmp ult i8 %x, 50\n"
        "  %ltw = zext i1 %lt to i32\n"
        "  call void @\"\\01io.print_i32\"(i32 %ltw)\n"
        "  %fw = zext i1 %f to i32\n"
        "  call void @\"\\01io.print_i32\"(i32 %fw)\n"
        "  %hs = sext i16 %h to i32\n"
        "  call void @\"\\01io.print_i32\"(i32 %hs)\n"
        "  %i1 = add i32 %i, 1\n"
        "  %k = icmp ult i32 %i1, 6\n"
        "  br i1 %k, label %loop, label %exit\n"
        "exit:\n"
        "  ret i32 0\n"
        "}\n";
    /* per iteration: x (wrapping by +100), x < 50, the flag, h (times 300, as i16) */
    expect_run(ir, "200" "0" "1" "1"  "44" "1" "0" "300"  "144" "0" "1" "24464"  "244" "0" "0" "-832"
                   "88" "0" "1" "12544"  "188" "0" "0" "27648", 0);
}
END_TEST

/* A rotation of n phis of `bits` bits, every fifth from three places on, all live across a call in
 * the loop: beyond the window they are spilled, and the back edge's parallel copy moves words
 * between registers and frame slots, cycles included. */
static int64_t rot_init(int k, int bits) { return ((k * 7) ^ 85) + (bits == 64 ? (int64_t)k << 35 : 0); }
static int rot_src(int k, int n) { return k % 5 ? (k + 1) % n : (k + 3) % n; }

static char *rotation_ir(int n, int iters, int bits)
{
    ck_buf b = { 0 };
    ck_buf_printf(&b, "@init = global [%d x i%d] zeroinitializer\n"
                      "declare void @\"\\01io.print_i64\"(i64)\n"
                      "define i32 @bump(i32 %%a) {\n  %%r = add i32 %%a, 1\n  ret i32 %%r\n}\n"
                      "define i32 @main() {\nentry:\n", n, bits);
    for (int k = 0; k < n; k++)
        ck_buf_printf(&b, "  %%q%d = getelementptr [%d x i%d], ptr @init, i32 0, i32 %d\n"
                          "  store volatile i%d %lld, ptr %%q%d\n  %%i%d = load volatile i%d, ptr %%q%d\n",
                      k, n, bits, k, bits, (long long)rot_init(k, bits), k, k, bits, k);
    ck_buf_printf(&b, "  br label %%loop\nloop:\n");
    for (int k = 0; k < n; k++)
        ck_buf_printf(&b, "  %%v%d = phi i%d [ %%i%d, %%entry ], [ %%v%d, %%loop ]\n", k, bits, k, rot_src(k, n));
    ck_buf_printf(&b, "  %%n = phi i32 [ 0, %%entry ], [ %%n1, %%loop ]\n"
                      "  %%n1 = call i32 @bump(i32 %%n)\n  %%c = icmp slt i32 %%n1, %d\n"
                      "  br i1 %%c, label %%loop, label %%exit\nexit:\n  %%s0 = add i64 0, 0\n", iters);
    for (int k = 0; k < n; k++)
        ck_buf_printf(&b, "  %%w%d = %s i%d %%v%d to i64\n  %%m%d = mul i64 %%w%d, %d\n  %%s%d = add i64 %%s%d, %%m%d\n",
                      k, bits == 64 ? "bitcast" : "sext", bits, k, k, k, k + 1, k + 1, k, k);
    ck_buf_printf(&b, "  call void @\"\\01io.print_i64\"(i64 %%s%d)\n  ret i32 0\n}\n", n);
    return (char *)b.data;
}

static void check_rotation(int n, int iters, int bits)
{
    char *ir = rotation_ir(n, iters, bits);
    int *at = malloc(sizeof *at * (size_t)n), *nx = malloc(sizeof *nx * (size_t)n);
    for (int k = 0; k < n; k++) at[k] = k;       /* v_k holds init[at[k]] */
    for (int it = 1; it < iters; it++) {         /* the exit sees the last iteration's phis */
        for (int k = 0; k < n; k++) nx[k] = at[rot_src(k, n)];
        memcpy(at, nx, sizeof *at * (size_t)n);
    }
    uint64_t sum = 0;
    for (int k = 0; k < n; k++) sum += (uint64_t)rot_init(at[k], bits) * (uint64_t)(k + 1);
    char want[32];
    snprintf(want, sizeof want, "%lld", (long long)sum);
    expect_run(ir, want, 0);
    free(at);
    free(nx);
    free(ir);
}

START_TEST(test_phi_rotation_in_window) { check_rotation(100, 7, 32); }
END_TEST

START_TEST(test_phi_rotation_spilled)
{
    check_rotation(254, 7, 32);      /* one short of the window: the copy's cycle needs a temporary */
    check_rotation(300, 7, 32);
    check_rotation(160, 5, 64);      /* pairs: 320 registers */
    char *ir = rotation_ir(300, 7, 32);
    char *as = asm_of(ir, '0');
    char *m = func_text(as, "main");
    ck_assert_msg(strstr(m, "frame=") && !strstr(m, "frame=0\n"), "spilling needs frame slots:\n%.400s", m);
    free(m);
    free(as);
    free(ir);
}
END_TEST

/* --- register allocation --------------------------------------------------------------------------- */
/* n values loaded from an array, all live across a call, then summed in reverse: at 300 the
 * window is too small and values go to frame slots. */
static char *pressure_ir(int n)
{
    ck_buf b = { 0 };
    ck_buf_printf(&b, "@arr = global [%d x i32] zeroinitializer\n"
                      "declare void @\"\\01io.print_i32\"(i32)\n"
                      "define void @init() {\n"
                      "entry:\n  br label %%l\n"
                      "l:\n  %%i = phi i32 [ 0, %%entry ], [ %%i1, %%l ]\n"
                      "  %%p = getelementptr [%d x i32], ptr @arr, i32 0, i32 %%i\n"
                      "  %%v = mul i32 %%i, 7\n  %%v1 = xor i32 %%v, 85\n"
                      "  store volatile i32 %%v1, ptr %%p\n"
                      "  %%i1 = add i32 %%i, 1\n  %%c = icmp slt i32 %%i1, %d\n"
                      "  br i1 %%c, label %%l, label %%x\n"
                      "x:\n  ret void\n}\n"
                      "define i32 @bump(i32 %%a) {\n  %%r = add i32 %%a, 1\n  ret i32 %%r\n}\n"
                      "define i32 @main() {\n  call void @init()\n", n, n, n);
    for (int i = 0; i < n; i++)
        ck_buf_printf(&b, "  %%q%d = getelementptr [%d x i32], ptr @arr, i32 0, i32 %d\n"
                          "  %%v%d = load volatile i32, ptr %%q%d\n", i, n, i, i, i);
    ck_buf_printf(&b, "  %%k = call i32 @bump(i32 41)\n  %%s%d = add i32 %%k, 0\n", n);
    for (int i = n - 1; i >= 0; i--)
        ck_buf_printf(&b, "  %%m%d = mul i32 %%v%d, %d\n  %%s%d = add i32 %%s%d, %%m%d\n", i, i, i + 1, i, i + 1, i);
    ck_buf_printf(&b, "  call void @\"\\01io.print_i32\"(i32 %%s0)\n  ret i32 0\n}\n");
    return (char *)b.data;
}

static void check_pressure(int n)
{
    char *ir = pressure_ir(n);
    int32_t sum = 42;
    for (int i = 0; i < n; i++) sum += (int32_t)(((uint32_t)i * 7u) ^ 85u) * (i + 1);
    char want[32];
    snprintf(want, sizeof want, "%d", sum);
    expect_run(ir, want, 0);
    free(ir);
}

START_TEST(test_ra_pressure_in_window) { check_pressure(150); }
END_TEST

START_TEST(test_ra_pressure_spills)
{
    check_pressure(300);
    char *ir = pressure_ir(300);
    char *as = asm_of(ir, '0');
    char *m = func_text(as, "main");
    ck_assert_msg(strstr(m, "frame=") && !strstr(m, "frame=0\n"), "spilling needs frame slots:\n%.400s", m);
    free(m);
    free(as);
    free(ir);
}
END_TEST

/* The same with i64 values: pairs spill to 8-byte slots and come back through scratch pairs. */
START_TEST(test_ra_pair_spills)
{
    const int n = 150;
    ck_buf b = { 0 };
    ck_buf_printf(&b, "@arr = global [%d x i64] zeroinitializer\n"
                      "declare void @\"\\01io.print_i64\"(i64)\n"
                      "define void @init() {\nentry:\n  br label %%l\n"
                      "l:\n  %%i = phi i32 [ 0, %%entry ], [ %%i1, %%l ]\n"
                      "  %%p = getelementptr [%d x i64], ptr @arr, i32 0, i32 %%i\n"
                      "  %%w = zext i32 %%i to i64\n  %%v = mul i64 %%w, 4294967311\n  %%v1 = xor i64 %%v, 85\n"
                      "  store volatile i64 %%v1, ptr %%p\n  %%i1 = add i32 %%i, 1\n  %%c = icmp slt i32 %%i1, %d\n"
                      "  br i1 %%c, label %%l, label %%x\nx:\n  ret void\n}\n"
                      "define i64 @bump(i64 %%a, i32 %%b, i64 %%c) {\n  %%r = add i64 %%a, %%c\n"
                      "  %%bb = zext i32 %%b to i64\n  %%s = add i64 %%r, %%bb\n  ret i64 %%s\n}\n"
                      "define i32 @main() {\n  call void @init()\n", n, n, n);
    for (int i = 0; i < n; i++)
        ck_buf_printf(&b, "  %%q%d = getelementptr [%d x i64], ptr @arr, i32 0, i32 %d\n"
                          "  %%v%d = load volatile i64, ptr %%q%d\n", i, n, i, i, i);
    ck_buf_printf(&b, "  %%k = call i64 @bump(i64 %%v0, i32 7, i64 %%v%d)\n  %%s%d = add i64 %%k, 0\n", n - 1, n);
    for (int i = n - 1; i >= 0; i--)
        ck_buf_printf(&b, "  %%m%d = mul i64 %%v%d, %d\n  %%s%d = add i64 %%s%d, %%m%d\n", i, i, i + 1, i, i + 1, i);
    ck_buf_printf(&b, "  call void @\"\\01io.print_i64\"(i64 %%s0)\n  ret i32 0\n}\n");
    uint64_t v[150], sum;
    for (int i = 0; i < n; i++) v[i] = ((uint64_t)i * 4294967311u) ^ 85u;
    sum = v[0] + v[n - 1] + 7;
    for (int i = 0; i < n; i++) sum += v[i] * (uint64_t)(i + 1);
    char want[32];
    snprintf(want, sizeof want, "%lld", (long long)sum);
    expect_run((char *)b.data, want, 0);
    ck_buf_free(&b);
}
END_TEST

/* Values live across calls stay below the call's window; arguments are built in place. */
START_TEST(test_ra_live_across_calls)
{
    const char *ir =
        "declare void @\"\\01io.print_i32\"(i32)\n"
        "define i32 @g(i32 %a, i32 %b) {\n"
        "  %s = sub i32 %a, %b\n  %t = mul i32 %s, 3\n  ret i32 %t\n"
        "}\n"
        "define i32 @main() {\n"
        "  %x1 = call i32 @g(i32 10, i32 1)\n"
        "  %x2 = call i32 @g(i32 %x1, i32 2)\n"
        "  %x3 = call i32 @g(i32 %x2, i32 %x1)\n"
        "  %x4 = call i32 @g(i32 %x3, i32 %x2)\n"
        "  %y1 = add i32 %x1, %x2\n  %y2 = add i32 %y1, %x3\n  %y3 = add i32 %y2, %x4\n"
        "  call void @\"\\01io.print_i32\"(i32 %x1)\n"
        "  call void @\"\\01io.print_i32\"(i32 %x2)\n"
        "  call void @\"\\01io.print_i32\"(i32 %x3)\n"
        "  call void @\"\\01io.print_i32\"(i32 %x4)\n"
        "  call void @\"\\01io.print_i32\"(i32 %y3)\n"
        "  ret i32 0\n"
        "}\n";
    /* x1 = 27, x2 = 75, x3 = 144, x4 = 207, sum 453 */
    expect_run(ir, "2775144207453", 0);
    char *as = asm_of(ir, '0');
    char *m = func_text(as, "main");
    /* g(x1, 2): x1 is live after the call, so it must be copied above the window, not clobbered */
    ck_assert_int_ge(count(m, "call    g, r"), 4);
    free(m);
    free(as);
}
END_TEST

/* Many arguments (i32 and i64 mixed, 40 registers) and several results through a struct. */
START_TEST(test_ra_many_args_and_results)
{
    ck_buf b = { 0 };
    ck_buf_printf(&b, "declare void @\"\\01io.print_i64\"(i64)\n"
                      "declare void @\"\\01io.print_i32\"(i32)\n"
                      "define { i64, i32 } @f(");
    for (int i = 0; i < 30; i++) ck_buf_printf(&b, "%si%d %%a%d", i ? ", " : "", i % 3 == 0 ? 64 : 32, i);
    ck_buf_printf(&b, ") {\n  %%s0 = add i64 0, 0\n  %%t0 = add i32 0, 0\n");
    for (int i = 0; i < 30; i++) {
        if (i % 3 == 0) ck_buf_printf(&b, "  %%s%d = add i64 %%s%d, %%a%d\n  %%t%d = add i32 %%t%d, 0\n", i + 1, i, i, i + 1, i);
        else ck_buf_printf(&b, "  %%m%d = mul i32 %%a%d, %d\n  %%t%d = add i32 %%t%d, %%m%d\n  %%s%d = add i64 %%s%d, 0\n",
                           i, i, i, i + 1, i, i, i + 1, i);
    }
    ck_buf_printf(&b, "  %%r0 = insertvalue { i64, i32 } undef, i64 %%s30, 0\n"
                      "  %%r1 = insertvalue { i64, i32 } %%r0, i32 %%t30, 1\n  ret { i64, i32 } %%r1\n}\n"
                      "define i32 @main() {\n  %%r = call { i64, i32 } @f(");
    int64_t s = 0;
    int32_t t = 0;
    for (int i = 0; i < 30; i++) {
        if (i % 3 == 0) { int64_t v = (int64_t)(i + 1) << 33; ck_buf_printf(&b, "%si64 %lld", i ? ", " : "", (long long)v); s += v; }
        else { ck_buf_printf(&b, ", i32 %d", i * 11); t += i * 11 * i; }
    }
    ck_buf_printf(&b, ")\n  %%x = extractvalue { i64, i32 } %%r, 0\n  %%y = extractvalue { i64, i32 } %%r, 1\n"
                      "  call void @\"\\01io.print_i64\"(i64 %%x)\n  call void @\"\\01io.print_i32\"(i32 %%y)\n"
                      "  ret i32 0\n}\n");
    char want[64];
    snprintf(want, sizeof want, "%lld%d", (long long)s, t);
    expect_run((char *)b.data, want, 0);
    char *as = asm_of((char *)b.data, '0');
    ck_assert_ptr_nonnull(strstr(as, ".func f, args=40, rets=3,"));
    free(as);
    ck_buf_free(&b);
}
END_TEST

/* Recursion with i64 values live across the recursive calls. */
START_TEST(test_ra_pairs_across_calls)
{
    const char *ir =
        "declare void @\"\\01io.print_i64\"(i64)\n"
        "define i64 @fact(i64 %n) {\n"
        "  %z = icmp ult i64 %n, 2\n"
        "  br i1 %z, label %one, label %rec\n"
        "one:\n  ret i64 1\n"
        "rec:\n"
        "  %n1 = sub i64 %n, 1\n"
        "  %k = shl i64 %n, 40\n"
        "  %r = call i64 @fact(i64 %n1)\n"
        "  %m = mul i64 %r, %n\n"
        "  %kk = lshr i64 %k, 40\n"
        "  %e = icmp eq i64 %kk, %n\n"
        "  %o = select i1 %e, i64 %m, i64 0\n"
        "  ret i64 %o\n"
        "}\n"
        "define i32 @main() {\n"
        "  %f = call i64 @fact(i64 20)\n"
        "  call void @\"\\01io.print_i64\"(i64 %f)\n"
        "  ret i32 0\n"
        "}\n";
    expect_run(ir, "2432902008176640000", 0);
}
END_TEST

/* Calls in a loop: direct, indirect through a phi'd pointer and with i64 values; results feed the
 * next call's arguments; an argument passed twice; values live across every call. */
START_TEST(test_ra_calls_in_loop)
{
    const char *ir =
        "declare void @\"\\01io.print_i32\"(i32)\n"
        "declare void @\"\\01io.print_i64\"(i64)\n"
        "define i32 @g(i32 %a, i32 %b) {\n"
        "  %s = mul i32 %a, 3\n"
        "  %t = add i32 %s, %b\n"
        "  ret i32 %t\n"
        "}\n"
        "define i64 @h(i64 %a, i32 %b) {\n"
        "  %w = sext i32 %b to i64\n"
        "  %t = add i64 %a, %w\n"
        "  ret i64 %t\n"
        "}\n"
        "define i32 @main() {\n"
        "entry:\n"
        "  br label %loop\n"
        "loop:\n"
        "  %i = phi i32 [ 0, %entry ], [ %i1, %loop ]\n"
        "  %acc = phi i32 [ 1, %entry ], [ %acc2, %loop ]\n"
        "  %wide = phi i64 [ 4294967296, %entry ], [ %wide1, %loop ]\n"
        "  %fp = phi ptr [ @g, %entry ], [ %fp, %loop ]\n"
        "  %t1 = call i32 @g(i32 %acc, i32 %acc)\n"
        "  %t2 = call i32 %fp(i32 %t1, i32 %i)\n"
        "  %t3 = call i32 @g(i32 %t2, i32 %t1)\n"
        "  %acc2 = and i32 %t3, 65535\n"
        "  %wide1 = call i64 @h(i64 %wide, i32 %acc)\n"
        "  call void @\"\\01io.print_i32\"(i32 %acc2)\n"
        "  %i1 = add i32 %i, 1\n"
        "  %k = icmp ult i32 %i1, 7\n"
        "  br i1 %k, label %loop, label %exit\n"
        "exit:\n"
        "  call void @\"\\01io.print_i64\"(i64 %wide1)\n"
        "  %r = call i32 @g(i32 %i, i32 %acc)\n"
        "  ret i32 %r\n"
        "}\n";
    /* acc: 40 1603 64126 9145 ...; then the i64 and the status g(7, acc) & 0xff (as clang's build) */
    expect_run(ir, "4016036412691453813217967633384295098310", 65);
}
END_TEST

/* --- instruction selection -------------------------------------------------------------------------- */
START_TEST(test_isel_shapes)
{
    const char *ir =
        "%struct.S = type { i32, i32, [4 x i16] }\n"
        "define i32 @sum(ptr %a, i32 %n) {\n"
        "entry:\n"
        "  %c0 = icmp sgt i32 %n, 0\n"
        "  br i1 %c0, label %loop, label %done\n"
        "loop:\n"
        "  %i = phi i32 [ 0, %entry ], [ %i1, %loop ]\n"
        "  %s = phi i32 [ 0, %entry ], [ %s1, %loop ]\n"
        "  %p = getelementptr i32, ptr %a, i32 %i\n"
        "  %v = load i32, ptr %p\n"
        "  %s1 = add i32 %s, %v\n"
        "  %i1 = add i32 %i, 1\n"
        "  %c = icmp slt i32 %i1, %n\n"
        "  br i1 %c, label %loop, label %done\n"
        "done:\n"
        "  %r = phi i32 [ 0, %entry ], [ %s1, %loop ]\n"
        "  ret i32 %r\n"
        "}\n"
        "define i32 @field(ptr %s) {\n"
        "  %f = getelementptr %struct.S, ptr %s, i32 0, i32 2, i32 3\n"
        "  %v = load i16, ptr %f\n"
        "  %w = sext i16 %v to i32\n"
        "  %x = add i32 %w, 1000\n"
        "  %y = and i32 %x, 255\n"
        "  ret i32 %y\n"
        "}\n"
        "define i32 @main() { ret i32 0 }\n";
    char *as = asm_of(ir, '0');
    char *sum = func_text(as, "sum");
    ck_assert_msg(!strstr(sum, "        lts ") && !strstr(sum, "        gtsi "), "compares fuse into branches:\n%s", sum);
    ck_assert_msg(strstr(sum, "bgtsi   r1, 0,") || strstr(sum, "bltsi   r1, 1,"), "compare with an immediate:\n%s", sum);
    /* the loop (from its label to its backward branch) holds no copies: i/i.next and s/s.next coalesce */
    const char *body = strstr(sum, ".L0:"), *end = strstr(sum, "blts ");
    ck_assert_msg(body && end && end > body, "loop shape:\n%s", sum);
    ck_assert_msg(!memmem(body, (size_t)(end - body), "mov", 3), "the loop's copies coalesce:\n%s", sum);
    char *fld = func_text(as, "field");
    ck_assert_msg(strstr(fld, "ld16s") && strstr(fld, ", 14\n"), "offset folded, signed load:\n%s", fld);
    ck_assert_msg(strstr(fld, "addi") && strstr(fld, "zext8"), "immediate forms:\n%s", fld);
    ck_assert_msg(!strstr(fld, "sext16"), "the load already sign-extends:\n%s", fld);
    free(sum);
    free(fld);
    free(as);
}
END_TEST

/* Code quality shapes (docs/PERFORMANCE.md "Back end code quality"): a loop's state that a join
 * inside the loop passes on unchanged on one path coalesces (no copies in the loop); array
 * elements load with indexed loads (or one shared scaled index); a latch whose exit lies
 * elsewhere branches back and jumps out. Each also runs correctly. */
START_TEST(test_quality_shapes)
{
    const char *ir =
        "@a = global [8 x i32] [i32 1, i32 2, i32 3, i32 4, i32 5, i32 6, i32 7, i32 8]\n"
        "@b = global [8 x i32] [i32 10, i32 20, i32 30, i32 40, i32 50, i32 60, i32 70, i32 80]\n"
        "declare void @\"\\01io.print_i32\"(i32)\n"
        "define i32 @state(i32 %n) {\n"
        "entry:\n"
        "  br label %loop\n"
        "loop:\n"
        "  %i = phi i32 [ 0, %entry ], [ %i1, %join ]\n"
        "  %x = phi i32 [ 7, %entry ], [ %y, %join ]\n"
        "  %z = phi i32 [ 1, %entry ], [ %w, %join ]\n"
        "  %t = and i32 %i, 3\n"
        "  %c = icmp eq i32 %t, 0\n"
        "  br i1 %c, label %change, label %join\n"
        "change:\n"
        "  %x2 = mul i32 %x, 3\n"
        "  %z2 = add i32 %z, %i\n"
        "  br label %join\n"
        "join:\n"
        "  %y = phi i32 [ %x, %loop ], [ %x2, %change ]\n"
        "  %w = phi i32 [ %z, %loop ], [ %z2, %change ]\n"
        "  %i1 = add i32 %i, 1\n"
        "  %d = icmp slt i32 %i1, %n\n"
        "  br i1 %d, label %loop, label %out\n"
        "out:\n"
        "  %r = add i32 %y, %w\n"
        "  ret i32 %r\n"
        "}\n"
        "define i32 @dot(i32 %k) {\n"
        "  %p = getelementptr [8 x i32], ptr @a, i32 0, i32 %k\n"
        "  %q = getelementptr [8 x i32], ptr @b, i32 0, i32 %k\n"
        "  %u = load i32, ptr %p\n"
        "  %v = load i32, ptr %q\n"
        "  %m = mul i32 %u, %v\n"
        "  ret i32 %m\n"
        "}\n"
        "define i32 @latch(i32 %n) {\n"
        "entry:\n"
        "  br label %loop\n"
        "exit:\n"
        "  ret i32 %s1\n"
        "loop:\n"
        "  %i = phi i32 [ 0, %entry ], [ %i1, %loop ]\n"
        "  %s = phi i32 [ 0, %entry ], [ %s1, %loop ]\n"
        "  %s1 = add i32 %s, %i\n"
        "  %i1 = add i32 %i, 1\n"
        "  %c = icmp eq i32 %i1, %n\n"
        "  br i1 %c, label %exit, label %loop\n"
        "}\n"
        "define i32 @main() {\n"
        "  %r1 = call i32 @state(i32 10)\n"
        "  call void @\"\\01io.print_i32\"(i32 %r1)\n"
        "  %r2 = call i32 @dot(i32 5)\n"
        "  call void @\"\\01io.print_i32\"(i32 %r2)\n"
        "  %r3 = call i32 @latch(i32 5)\n"
        "  call void @\"\\01io.print_i32\"(i32 %r3)\n"
        "  ret i32 0\n"
        "}\n";
    /* state: i = 0, 4, 8 change (x, z) = (7, 1) -> (21, 1) -> (63, 5) -> (189, 13): 202 */
    expect_run(ir, "20236010", 0);
    char *as = asm_of(ir, '0');
    char *st = func_text(as, "state"), *dot = func_text(as, "dot"), *lt = func_text(as, "latch");
    const char *body = strstr(st, ".L0:");
    ck_assert_msg(body && !strstr(body, "mov"), "the loop's state coalesces:\n%s", st);
    /* both loads use the index: indexed loads where the ISA has them, else one shared shli */
    ck_assert_msg(count(dot, "ld32x ") == 2 || count(dot, "shli") == 1, "the index is scaled once:\n%s", dot);
    /* the latch ends in a branch back to the loop, then the jump out */
    const char *br = strstr(lt, "bne "), *jmp = br ? strstr(br, "jmp") : NULL;
    ck_assert_msg(br && jmp && strstr(br, ".L1\n") < jmp, "latch layout:\n%s", lt);
    free(st);
    free(dot);
    free(lt);
    free(as);
}
END_TEST

/* fuse.c: post-increment loads and stores, the loop counter's addi fused into the branch, mul +
 * add into mla, the Q15 dot-product step; and where they must not happen (the pointer used between the access and its
 * increment, the product used after the add). */
START_TEST(test_fusions)
{
    const char *ir =
        "@a = global [6 x i16] [i16 1, i16 -2, i16 3, i16 -4, i16 5, i16 -6]\n"
        "@b = global [6 x i16] [i16 7, i16 8, i16 9, i16 10, i16 11, i16 12]\n"
        "declare void @\"\\01io.print_i32\"(i32)\n"
        "define i32 @dot(ptr %p0, ptr %q0, i32 %n) {\n"
        "entry:\n"
        "  br label %loop\n"
        "loop:\n"
        "  %p = phi ptr [ %p0, %entry ], [ %p1, %loop ]\n"
        "  %q = phi ptr [ %q0, %entry ], [ %q1, %loop ]\n"
        "  %k = phi i32 [ %n, %entry ], [ %k1, %loop ]\n"
        "  %s = phi i32 [ 0, %entry ], [ %s1, %loop ]\n"
        "  %x = load i16, ptr %p\n"
        "  %y = load i16, ptr %q\n"
        "  %xs = sext i16 %x to i32\n"
        "  %ys = sext i16 %y to i32\n"
        "  %m = mul i32 %xs, %ys\n"
        "  %s1 = add i32 %s, %m\n"
        "  %p1 = getelementptr i16, ptr %p, i32 1\n"
        "  %q1 = getelementptr i16, ptr %q, i32 1\n"
        "  %k1 = add i32 %k, -1\n"
        "  %c = icmp ne i32 %k1, 0\n"
        "  br i1 %c, label %loop, label %out\n"
        "out:\n"
        "  ret i32 %s1\n"
        "}\n"
        "define i32 @keep(ptr %p0, i32 %n) {\n"
        "entry:\n"
        "  br label %loop\n"
        "loop:\n"
        "  %p = phi ptr [ %p0, %entry ], [ %p1, %loop ]\n"
        "  %k = phi i32 [ %n, %entry ], [ %k1, %loop ]\n"
        "  %s = phi i32 [ 0, %entry ], [ %s2, %loop ]\n"
        "  %x = load i16, ptr %p\n"
        "  %xs = sext i16 %x to i32\n"
        "  %m = mul i32 %xs, %xs\n"
        "  %s1 = add i32 %s, %m\n"
        "  %m2 = shl i32 %m, 1\n"
        "  %s2 = xor i32 %s1, %m2\n"
        "  %x2 = shl i16 %x, 1\n"
        "  store i16 %x2, ptr %p\n"
        "  %p1 = getelementptr i16, ptr %p, i32 1\n"
        "  %k1 = add i32 %k, -1\n"
        "  %c = icmp ne i32 %k1, 0\n"
        "  br i1 %c, label %loop, label %out\n"
        "out:\n"
        "  ret i32 %s2\n"
        "}\n"
        "define i32 @main() {\n"
        "  %r1 = call i32 @dot(ptr @a, ptr @b, i32 6)\n"
        "  call void @\"\\01io.print_i32\"(i32 %r1)\n"
        "  %r2 = call i32 @keep(ptr @a, i32 6)\n"
        "  call void @\"\\01io.print_i32\"(i32 %r2)\n"
        "  %r3 = call i32 @dot(ptr @a, ptr @b, i32 6)\n"
        "  call void @\"\\01io.print_i32\"(i32 %r3)\n"
        "  ret i32 0\n"
        "}\n";
    expect_run(ir, "-39205-78", 0);       /* checked against gcc with the same C */
    char *as = asm_of(ir, '0');
    char *dot = func_text(as, "dot"), *keep = func_text(as, "keep");
    /* two ld16spi and an mla, then the Q15 step: one mac16pi; with its count-down, the whole loop
     * is one dot16 */
    ck_assert_msg(count(dot, "dot16 ") == 1 && !strstr(dot, "mac16pi") && !strstr(dot, "addibnz") && !strstr(dot, "ld16") &&
                  !strstr(dot, "addi ") && !strstr(dot, "mul") && !strstr(dot, "mla "), "dot's loop fuses:\n%s", dot);
    /* the load's pointer is stored through before it moves: the store takes the increment */
    ck_assert_msg(strstr(keep, "ld16") && count(keep, "pi ") == 1 && count(keep, "st16pi ") == 1,
                  "keep's accesses:\n%s", keep);
    ck_assert_msg(strstr(keep, "mul ") && !strstr(keep, "mla "), "the product is used after the add:\n%s", keep);
    free(dot);
    free(keep);
    free(as);
}
END_TEST

/* fuse.c's 32-bit multiply-accumulate walk (two ld32pi/ld32pis and an mla -> mac32pis, whichever
 * load moves by 4) and bitwise CRC step (shli, xori, selbit -> crcshl); neither when a value they
 * would hide is used afterwards. */
START_TEST(test_fused_mac32_crc)
{
    const char *ir =
        "@a = global [8 x i32] [i32 1, i32 -2, i32 3, i32 -4, i32 5, i32 -6, i32 7, i32 -8]\n"
        "@b = global [12 x i32] [i32 2, i32 100, i32 100, i32 -3, i32 100, i32 100, i32 5, i32 100, i32 100,"
        " i32 65536, i32 100, i32 100]\n"
        "declare void @\"\\01io.print_i32\"(i32)\n"
        "define i32 @mm(ptr %p0, ptr %q0, i32 %n) {\n"
        "entry:\n"
        "  br label %loop\n"
        "loop:\n"
        "  %p = phi ptr [ %p0, %entry ], [ %p1, %loop ]\n"
        "  %q = phi ptr [ %q0, %entry ], [ %q1, %loop ]\n"
        "  %k = phi i32 [ %n, %entry ], [ %k1, %loop ]\n"
        "  %s = phi i32 [ 0, %entry ], [ %s1, %loop ]\n"
        "  %x = load i32, ptr %p\n"
        "  %y = load i32, ptr %q\n"
        "  %m = mul i32 %x, %y\n"
        "  %s1 = add i32 %s, %m\n"
        "  %p1 = getelementptr i32, ptr %p, i32 1\n"
        "  %q1 = getelementptr i32, ptr %q, i32 3\n"
        "  %k1 = add i32 %k, -1\n"
        "  %c = icmp ne i32 %k1, 0\n"
        "  br i1 %c, label %loop, label %out\n"
        "out:\n"
        "  ret i32 %s1\n"
        "}\n"
        "define i32 @mm2(ptr %p0, ptr %q0, i32 %n) {\n"        /* the strided pointer loads first */
        "entry:\n"
        "  br label %loop\n"
        "loop:\n"
        "  %p = phi ptr [ %p0, %entry ], [ %p1, %loop ]\n"
        "  %q = phi ptr [ %q0, %entry ], [ %q1, %loop ]\n"
        "  %k = phi i32 [ %n, %entry ], [ %k1, %loop ]\n"
        "  %s = phi i32 [ 0, %entry ], [ %s1, %loop ]\n"
        "  %x = load i32, ptr %p\n"
        "  %y = load i32, ptr %q\n"
        "  %m = mul i32 %x, %y\n"
        "  %s1 = add i32 %m, %s\n"
        "  %p1 = getelementptr i32, ptr %p, i32 3\n"
        "  %q1 = getelementptr i32, ptr %q, i32 1\n"
        "  %k1 = add i32 %k, -1\n"
        "  %c = icmp ne i32 %k1, 0\n"
        "  br i1 %c, label %loop, label %out\n"
        "out:\n"
        "  ret i32 %s1\n"
        "}\n"
        "define i32 @keep32(ptr %p0, ptr %q0, i32 %n) {\n"     /* a loaded value used after the mla */
        "entry:\n"
        "  br label %loop\n"
        "loop:\n"
        "  %p = phi ptr [ %p0, %entry ], [ %p1, %loop ]\n"
        "  %q = phi ptr [ %q0, %entry ], [ %q1, %loop ]\n"
        "  %k = phi i32 [ %n, %entry ], [ %k1, %loop ]\n"
        "  %s = phi i32 [ 0, %entry ], [ %s2, %loop ]\n"
        "  %x = load i32, ptr %p\n"
        "  %y = load i32, ptr %q\n"
        "  %m = mul i32 %x, %y\n"
        "  %s1 = add i32 %s, %m\n"
        "  %s2 = xor i32 %s1, %x\n"
        "  %p1 = getelementptr i32, ptr %p, i32 1\n"
        "  %q1 = getelementptr i32, ptr %q, i32 3\n"
        "  %k1 = add i32 %k, -1\n"
        "  %c = icmp ne i32 %k1, 0\n"
        "  br i1 %c, label %loop, label %out\n"
        "out:\n"
        "  ret i32 %s2\n"
        "}\n"
        "define i32 @crc(i32 %c0, i32 %n) {\n"
        "entry:\n"
        "  br label %loop\n"
        "loop:\n"
        "  %c = phi i32 [ %c0, %entry ], [ %c1, %loop ]\n"
        "  %k = phi i32 [ %n, %entry ], [ %k1, %loop ]\n"
        "  %b = and i32 %c, 128\n"
        "  %t = shl i32 %c, 1\n"
        "  %u = xor i32 %t, 7\n"
        "  %z = icmp ne i32 %b, 0\n"
        "  %c1 = select i1 %z, i32 %u, i32 %t\n"
        "  %k1 = add i32 %k, -1\n"
        "  %e = icmp ne i32 %k1, 0\n"
        "  br i1 %e, label %loop, label %out\n"
        "out:\n"
        "  ret i32 %c1\n"
        "}\n"
        "define i32 @crckeep(i32 %c0, i32 %n) {\n"            /* the shifted value used after */
        "entry:\n"
        "  br label %loop\n"
        "loop:\n"
        "  %c = phi i32 [ %c0, %entry ], [ %c1, %loop ]\n"
        "  %acc = phi i32 [ 0, %entry ], [ %acc1, %loop ]\n"
        "  %k = phi i32 [ %n, %entry ], [ %k1, %loop ]\n"
        "  %b = and i32 %c, 128\n"
        "  %t = shl i32 %c, 1\n"
        "  %u = xor i32 %t, 7\n"
        "  %z = icmp ne i32 %b, 0\n"
        "  %c1 = select i1 %z, i32 %u, i32 %t\n"
        "  %acc1 = add i32 %acc, %t\n"
        "  %k1 = add i32 %k, -1\n"
        "  %e = icmp ne i32 %k1, 0\n"
        "  br i1 %e, label %loop, label %out\n"
        "out:\n"
        "  %r = add i32 %acc1, %c1\n"
        "  ret i32 %r\n"
        "}\n"
        "define i32 @main() {\n"
        "  %r1 = call i32 @mm(ptr @a, ptr @b, i32 4)\n"
        "  call void @\"\\01io.print_i32\"(i32 %r1)\n"
        "  %r2 = call i32 @mm2(ptr @b, ptr @a, i32 4)\n"
        "  call void @\"\\01io.print_i32\"(i32 %r2)\n"
        "  %r3 = call i32 @keep32(ptr @a, ptr @b, i32 4)\n"
        "  call void @\"\\01io.print_i32\"(i32 %r3)\n"
        "  %r4 = call i32 @crc(i32 90, i32 8)\n"
        "  call void @\"\\01io.print_i32\"(i32 %r4)\n"
        "  %r5 = call i32 @crckeep(i32 90, i32 8)\n"
        "  call void @\"\\01io.print_i32\"(i32 %r5)\n"
        "  ret i32 0\n"
        "}\n";
    expect_run(ir, "-262121-262121262137" "23425" "70105", 0);
    for (int lvl = 0; lvl < 2; lvl++) {
        char *as = asm_of(ir, lvl ? '2' : '0');
        char *mm = func_text(as, "mm"), *mm2 = func_text(as, "mm2"), *keep = func_text(as, "keep32");
        char *crc = func_text(as, "crc"), *crckeep = func_text(as, "crckeep");
        /* one mac32pis: the pointer moving by 4 first, the other's stride 12 in the instruction */
        ck_assert_msg(count(mm, "dot32s ") == 1 && strstr(mm, ", 12\n") && !strstr(mm, "ld32") && !strstr(mm, "mla") &&
                      !strstr(mm, "mul") && !strstr(mm, "addibnz"), "-O%d: mm's loop fuses:\n%s", lvl ? 2 : 0, mm);
        ck_assert_msg(count(mm2, "dot32s ") == 1 && strstr(mm2, ", 12\n") && !strstr(mm2, "ld32"),
                      "-O%d: mm2's loop fuses:\n%s", lvl ? 2 : 0, mm2);
        ck_assert_msg(!strstr(keep, "mac32pis") && strstr(keep, "ld32pi"), "-O%d: x is used after the mla:\n%s",
                      lvl ? 2 : 0, keep);
        ck_assert_msg(count(crc, "crcshl ") == 1 && strstr(crc, ", 7, 7\n") && !strstr(crc, "shli") &&
                      !strstr(crc, "xori") && !strstr(crc, "selbit"), "-O%d: crc's step fuses:\n%s", lvl ? 2 : 0, crc);
        ck_assert_msg(!strstr(crckeep, "crcshl") && strstr(crckeep, "shli "), "-O%d: t is used after the step:\n%s",
                      lvl ? 2 : 0, crckeep);
        free(mm);
        free(mm2);
        free(keep);
        free(crc);
        free(crckeep);
        free(as);
    }
}
END_TEST

/* fuse.c's scaled Q15 step (two ld16spi, mul, shrsi, add -> mac16pisr) and bit clear (shrui,
 * ld32x, shl of 1, not, and, st32x -> stbclr), neither when a value they would hide is used
 * afterwards; isel's branch on a && b / a || b: two branches, no 0/1 values combined. */
START_TEST(test_fused_mac16sr_bitclr)
{
    const char *ir =
        "@h = global [6 x i16] [i16 100, i16 -200, i16 300, i16 -400, i16 32767, i16 -32768]\n"
        "@g = global [6 x i16] [i16 50, i16 60, i16 -70, i16 80, i16 32767, i16 -32768]\n"
        "@bm = global [2 x i32] [i32 -1, i32 -1]\n"
        "@bk = global [2 x i32] [i32 -1, i32 -1]\n"
        "declare void @\"\\01io.print_i32\"(i32)\n"
        "define i32 @dot(ptr %p0, ptr %q0, i32 %n) {\n"
        "entry:\n"
        "  br label %loop\n"
        "loop:\n"
        "  %p = phi ptr [ %p0, %entry ], [ %p1, %loop ]\n"
        "  %q = phi ptr [ %q0, %entry ], [ %q1, %loop ]\n"
        "  %k = phi i32 [ %n, %entry ], [ %k1, %loop ]\n"
        "  %s = phi i32 [ 0, %entry ], [ %s1, %loop ]\n"
        "  %x = load i16, ptr %p\n"
        "  %y = load i16, ptr %q\n"
        "  %xs = sext i16 %x to i32\n"
        "  %ys = sext i16 %y to i32\n"
        "  %m = mul nsw i32 %ys, %xs\n"
        "  %sh = ashr i32 %m, 6\n"
        "  %s1 = add i32 %sh, %s\n"
        "  %p1 = getelementptr i16, ptr %p, i32 1\n"
        "  %q1 = getelementptr i16, ptr %q, i32 1\n"
        "  %k1 = add i32 %k, -1\n"
        "  %c = icmp ne i32 %k1, 0\n"
        "  br i1 %c, label %loop, label %out\n"
        "out:\n"
        "  ret i32 %s1\n"
        "}\n"
        "define i32 @dotkeep(ptr %p0, ptr %q0, i32 %n) {\n"   /* the product also used after */
        "entry:\n"
        "  br label %loop\n"
        "loop:\n"
        "  %p = phi ptr [ %p0, %entry ], [ %p1, %loop ]\n"
        "  %q = phi ptr [ %q0, %entry ], [ %q1, %loop ]\n"
        "  %k = phi i32 [ %n, %entry ], [ %k1, %loop ]\n"
        "  %s = phi i32 [ 0, %entry ], [ %s2, %loop ]\n"
        "  %x = load i16, ptr %p\n"
        "  %y = load i16, ptr %q\n"
        "  %xs = sext i16 %x to i32\n"
        "  %ys = sext i16 %y to i32\n"
        "  %m = mul nsw i32 %ys, %xs\n"
        "  %sh = ashr i32 %m, 6\n"
        "  %s1 = add i32 %sh, %s\n"
        "  %s2 = xor i32 %s1, %m\n"
        "  %p1 = getelementptr i16, ptr %p, i32 1\n"
        "  %q1 = getelementptr i16, ptr %q, i32 1\n"
        "  %k1 = add i32 %k, -1\n"
        "  %c = icmp ne i32 %k1, 0\n"
        "  br i1 %c, label %loop, label %out\n"
        "out:\n"
        "  ret i32 %s2\n"
        "}\n"
        "define void @clr(ptr %bits, i32 %n, i32 %step) {\n"
        "entry:\n"
        "  br label %loop\n"
        "loop:\n"
        "  %j = phi i32 [ 0, %entry ], [ %j1, %loop ]\n"
        "  %w = lshr i32 %j, 5\n"
        "  %a = getelementptr i32, ptr %bits, i32 %w\n"
        "  %v = load i32, ptr %a\n"
        "  %b = and i32 %j, 31\n"
        "  %m = shl i32 1, %b\n"
        "  %nm = xor i32 %m, -1\n"
        "  %v1 = and i32 %v, %nm\n"
        "  store i32 %v1, ptr %a\n"
        "  %j1 = add i32 %j, %step\n"
        "  %c = icmp ult i32 %j1, %n\n"
        "  br i1 %c, label %loop, label %out\n"
        "out:\n"
        "  ret void\n"
        "}\n"
        "define i32 @clrkeep(ptr %bits, i32 %n, i32 %step) {\n"   /* the old word also used */
        "entry:\n"
        "  br label %loop\n"
        "loop:\n"
        "  %j = phi i32 [ 0, %entry ], [ %j1, %loop ]\n"
        "  %t = phi i32 [ 0, %entry ], [ %t1, %loop ]\n"
        "  %w = lshr i32 %j, 5\n"
        "  %a = getelementptr i32, ptr %bits, i32 %w\n"
        "  %v = load i32, ptr %a\n"
        "  %b = and i32 %j, 31\n"
        "  %m = shl i32 1, %b\n"
        "  %nm = xor i32 %m, -1\n"
        "  %v1 = and i32 %v, %nm\n"
        "  store i32 %v1, ptr %a\n"
        "  %t1 = add i32 %t, %v\n"
        "  %j1 = add i32 %j, %step\n"
        "  %c = icmp ult i32 %j1, %n\n"
        "  br i1 %c, label %loop, label %out\n"
        "out:\n"
        "  ret i32 %t1\n"
        "}\n"
        "define i32 @land(i32 %x) {\n"                        /* while (i < 20 && v < 100000) */
        "entry:\n"
        "  br label %loop\n"
        "loop:\n"
        "  %i = phi i32 [ 0, %entry ], [ %i1, %loop ]\n"
        "  %v = phi i32 [ %x, %entry ], [ %v1, %loop ]\n"
        "  %v1 = mul i32 %v, 3\n"
        "  %i1 = add nuw nsw i32 %i, 1\n"
        "  %a = icmp ult i32 %i, 20\n"
        "  %b = icmp slt i32 %v1, 100000\n"
        "  %c = select i1 %a, i1 %b, i1 false\n"
        "  br i1 %c, label %loop, label %out\n"
        "out:\n"
        "  ret i32 %i1\n"
        "}\n"
        "define i32 @lor(i32 %x) {\n"                         /* while (i < 5 || v < 1000) */
        "entry:\n"
        "  br label %loop\n"
        "loop:\n"
        "  %i = phi i32 [ 0, %entry ], [ %i1, %loop ]\n"
        "  %v = phi i32 [ %x, %entry ], [ %v1, %loop ]\n"
        "  %v1 = mul i32 %v, 3\n"
        "  %i1 = add nuw nsw i32 %i, 1\n"
        "  %a = icmp ult i32 %i, 5\n"
        "  %b = icmp slt i32 %v1, 1000\n"
        "  %c = select i1 %a, i1 true, i1 %b\n"
        "  br i1 %c, label %loop, label %out\n"
        "out:\n"
        "  ret i32 %i1\n"
        "}\n"
        "define i32 @main() {\n"
        "  %r1 = call i32 @dot(ptr @h, ptr @g, i32 6)\n"
        "  call void @\"\\01io.print_i32\"(i32 %r1)\n"
        "  %r2 = call i32 @dotkeep(ptr @h, ptr @g, i32 2)\n"
        "  call void @\"\\01io.print_i32\"(i32 %r2)\n"
        "  call void @clr(ptr @bm, i32 64, i32 3)\n"
        "  %w0 = load i32, ptr @bm\n"
        "  call void @\"\\01io.print_i32\"(i32 %w0)\n"
        "  %a1 = getelementptr i32, ptr @bm, i32 1\n"
        "  %w1 = load i32, ptr %a1\n"
        "  call void @\"\\01io.print_i32\"(i32 %w1)\n"
        "  %r3 = call i32 @clrkeep(ptr @bk, i32 64, i32 40)\n"
        "  call void @\"\\01io.print_i32\"(i32 %r3)\n"
        "  %r4 = call i32 @land(i32 1)\n"
        "  call void @\"\\01io.print_i32\"(i32 %r4)\n"
        "  %r5 = call i32 @land(i32 0)\n"
        "  call void @\"\\01io.print_i32\"(i32 %r5)\n"
        "  %r6 = call i32 @lor(i32 1)\n"
        "  call void @\"\\01io.print_i32\"(i32 %r6)\n"
        "  %r7 = call i32 @lor(i32 1000)\n"
        "  call void @\"\\01io.print_i32\"(i32 %r7)\n"
        "  ret i32 0\n"
        "}\n";
    expect_run(ir, "33552469" "-15830" "-1227133514" "1840700269" "-2" "11" "21" "7" "6", 0);
    for (int lvl = 0; lvl < 2; lvl++) {
        char *as = asm_of(ir, lvl ? '2' : '0');
        char *dot = func_text(as, "dot"), *dotkeep = func_text(as, "dotkeep"), *clr = func_text(as, "clr");
        char *clrkeep = func_text(as, "clrkeep"), *land = func_text(as, "land"), *lor = func_text(as, "lor");
        ck_assert_msg(count(dot, "dot16sr ") == 1 && strstr(dot, ", 6\n") && !strstr(dot, "ld16") && !strstr(dot, "mul") &&
                      !strstr(dot, "shrsi") && !strstr(dot, "addibnz"), "-O%d: dot's loop fuses:\n%s", lvl ? 2 : 0, dot);
        ck_assert_msg(!strstr(dotkeep, "mac16pisr") && strstr(dotkeep, "shrsi"), "-O%d: the product is used after:\n%s",
                      lvl ? 2 : 0, dotkeep);
        ck_assert_msg(count(clr, "stbclr ") == 1 && !strstr(clr, "not ") && !strstr(clr, "st32x") && !strstr(clr, "shl"),
                      "-O%d: clr's step fuses:\n%s", lvl ? 2 : 0, clr);
        ck_assert_msg(!strstr(clrkeep, "stbclr") && strstr(clrkeep, "st32x"), "-O%d: the old word is used after:\n%s",
                      lvl ? 2 : 0, clrkeep);
        ck_assert_msg(!strstr(land, "and ") && !strstr(land, "select") && !strstr(land, " lt"),
                      "-O%d: land branches twice:\n%s", lvl ? 2 : 0, land);
        ck_assert_msg(!strstr(lor, "or ") && !strstr(lor, "select") && !strstr(lor, " lt"),
                      "-O%d: lor branches twice:\n%s", lvl ? 2 : 0, lor);
        free(dot);
        free(dotkeep);
        free(clr);
        free(clrkeep);
        free(land);
        free(lor);
        free(as);
    }
}
END_TEST

/* fuse.c's compare-select and xor-rotate pairs: a compare used only by a select fuses into it
 * (selltz, selltu; eqi/nei against 0 vanish), an xor used only by a rotate fuses into xorrotli. */
START_TEST(test_fused_select_xorrot)
{
    const char *ir =
        "declare void @\"\\01io.print_i32\"(i32)\n"
        "declare i32 @llvm.fshl.i32(i32, i32, i32)\n"
        "define i32 @pick(i32 %x, i32 %y, i32 %a, i32 %b) {\n"
        "  %c = icmp slt i32 %x, 0\n"
        "  %s = select i1 %c, i32 %a, i32 %b\n"
        "  %u = icmp ult i32 %x, %y\n"
        "  %t = select i1 %u, i32 %s, i32 %b\n"
        "  %z = icmp eq i32 %y, 0\n"
        "  %w = select i1 %z, i32 %t, i32 %a\n"
        "  %v = xor i32 %w, %x\n"
        "  %r = call i32 @llvm.fshl.i32(i32 %v, i32 %v, i32 7)\n"
        "  ret i32 %r\n"
        "}\n"
        "define i32 @bits(i32 %x, i32 %a, i32 %b) {\n"
        "  %m = and i32 %x, 64\n"
        "  %c = icmp ne i32 %m, 0\n"
        "  %s = select i1 %c, i32 %a, i32 %b\n"
        "  %t = trunc i32 %x to i16\n"
        "  %n = icmp slt i16 %t, 0\n"
        "  %r = select i1 %n, i32 %s, i32 7\n"
        "  ret i32 %r\n"
        "}\n"
        "define float @mac(float %a, float %b, float %c) {\n"
        "  %m = fmul float %a, %b\n"
        "  %s = fadd float %c, %m\n"
        "  %m2 = fmul float %s, %b\n"
        "  %s2 = fadd float %m2, %c\n"
        "  ret float %s2\n"
        "}\n"
        "define i32 @stride(i32 %n, i32 %k) {\n"
        "entry:\n"
        "  br label %loop\n"
        "loop:\n"
        "  %i = phi i32 [ 0, %entry ], [ %i1, %loop ]\n"
        "  %c = phi i32 [ 0, %entry ], [ %c1, %loop ]\n"
        "  %c1 = add i32 %c, 1\n"
        "  %i1 = add i32 %i, %k\n"
        "  %t = icmp ult i32 %i1, %n\n"
        "  br i1 %t, label %loop, label %out\n"
        "out:\n"
        "  ret i32 %c1\n"
        "}\n"
        "@tab = global [16 x i32] [i32 1, i32 2, i32 3, i32 4, i32 5, i32 6, i32 7, i32 8, i32 9, i32 10, i32 11, "
        "i32 12, i32 13, i32 14, i32 15, i32 16]\n"
        "define i32 @colsum(ptr %p0, i32 %n) {\n"
        "entry:\n"
        "  br label %loop\n"
        "loop:\n"
        "  %p = phi ptr [ %p0, %entry ], [ %p1, %loop ]\n"
        "  %k = phi i32 [ %n, %entry ], [ %k1, %loop ]\n"
        "  %s = phi i32 [ 0, %entry ], [ %s1, %loop ]\n"
        "  %x = load i32, ptr %p\n"
        "  %s1 = add i32 %s, %x\n"
        "  %p1 = getelementptr i8, ptr %p, i32 32\n"
        "  %k1 = add i32 %k, -1\n"
        "  %c = icmp ne i32 %k1, 0\n"
        "  br i1 %c, label %loop, label %out\n"
        "out:\n"
        "  ret i32 %s1\n"
        "}\n"
        "define i32 @field(ptr %p, i32 %k) {\n"
        "  %c = icmp ult i32 %k, 5\n"
        "  %off = select i1 %c, i32 4, i32 8\n"
        "  %q = getelementptr i8, ptr %p, i32 %off\n"
        "  %v = load i32, ptr %q\n"
        "  ret i32 %v\n"
        "}\n"
        "define i32 @ptrsum(ptr %p0, i32 %n) {\n"
        "entry:\n"
        "  br label %loop\n"
        "loop:\n"
        "  %p = phi ptr [ %p0, %entry ], [ %p1, %loop ]\n"
        "  %i = phi i32 [ 0, %entry ], [ %i1, %loop ]\n"
        "  %s = phi i32 [ 0, %entry ], [ %s1, %loop ]\n"
        "  %pi = ptrtoint ptr %p to i32\n"
        "  %i1 = add i32 %i, %pi\n"
        "  %x = load i32, ptr %p\n"
        "  %s1 = add i32 %s, %x\n"
        "  %p1 = getelementptr i8, ptr %p, i32 8\n"
        "  %c = icmp ult i32 %i1, %n\n"
        "  br i1 %c, label %loop, label %out\n"
        "out:\n"
        "  ret i32 %s1\n"
        "}\n"
        "define i64 @wide(i64 %x) {\n"
        "  %y = add i64 %x, -3\n"
        "  ret i64 %y\n"
        "}\n"
        "define i32 @main() {\n"
        "  %b1 = call i32 @bits(i32 32832, i32 1, i32 2)\n"
        "  call void @\"\\01io.print_i32\"(i32 %b1)\n"
        "  %b2 = call i32 @bits(i32 64, i32 1, i32 2)\n"
        "  call void @\"\\01io.print_i32\"(i32 %b2)\n"
        "  %b3 = call i32 @bits(i32 32768, i32 1, i32 2)\n"
        "  call void @\"\\01io.print_i32\"(i32 %b3)\n"
        "  %b4 = call i32 @bits(i32 0, i32 5, i32 6)\n"
        "  call void @\"\\01io.print_i32\"(i32 %b4)\n"
        "  %f = call float @mac(float 2.0, float 3.0, float 1.0)\n"
        "  %fi = fptosi float %f to i32\n"
        "  call void @\"\\01io.print_i32\"(i32 %fi)\n"
        "  %st = call i32 @stride(i32 30, i32 7)\n"
        "  call void @\"\\01io.print_i32\"(i32 %st)\n"
        "  %fa = call i32 @field(ptr @tab, i32 1)\n"
        "  call void @\"\\01io.print_i32\"(i32 %fa)\n"
        "  %fb = call i32 @field(ptr @tab, i32 9)\n"
        "  call void @\"\\01io.print_i32\"(i32 %fb)\n"
        "  %cs = call i32 @colsum(ptr @tab, i32 2)\n"
        "  call void @\"\\01io.print_i32\"(i32 %cs)\n"
        "  %w = call i64 @wide(i64 10)\n"
        "  %wl = trunc i64 %w to i32\n"
        "  call void @\"\\01io.print_i32\"(i32 %wl)\n"
        "  %r1 = call i32 @pick(i32 -5, i32 3, i32 10, i32 20)\n"
        "  call void @\"\\01io.print_i32\"(i32 %r1)\n"
        "  %r2 = call i32 @pick(i32 4, i32 3, i32 10, i32 20)\n"
        "  call void @\"\\01io.print_i32\"(i32 %r2)\n"
        "  %r3 = call i32 @pick(i32 1, i32 0, i32 10, i32 20)\n"
        "  call void @\"\\01io.print_i32\"(i32 %r3)\n"
        "  %r4 = call i32 @pick(i32 2, i32 9, i32 7, i32 8)\n"
        "  call void @\"\\01io.print_i32\"(i32 %r4)\n"
        "  ret i32 0\n"
        "}\n";
    expect_run(ir, "172722523107-179317922688640", 0);   /* computed by hand */
    char *as = asm_of(ir, '0');
    char *pk = func_text(as, "pick"), *bits = func_text(as, "bits"), *mn = func_text(as, "main");
    ck_assert_msg(count(bits, "selbit ") == 2 && !strstr(bits, "        select ") && !strstr(bits, "        andi ") &&
                  !strstr(bits, "        sext16 "), "one-bit selects:\n%s", bits);
    /* short forms: small constants (li8, li64h) */
    ck_assert_msg(strstr(mn, "        li8 ") && !strstr(mn, "        lih ") && strstr(mn, "        li64h "),
                  "short constants:\n%s", mn);
    char *mc = func_text(as, "mac"), *sd = func_text(as, "stride");
    ck_assert_msg(strstr(mc, "muladdf ") && strstr(mc, "mulfaddf ") && !strstr(mc, "        mulf "),
                  "multiply then add, either order:\n%s", mc);
    ck_assert_msg(strstr(sd, "addbltu ") && !strstr(sd, "        bltu "), "strided loop:\n%s", sd);
    /* an add may not sink below a strided post-increment of the register it adds (ptrsum: i += p
     * before p moves) */
    char *ps = func_text(as, "ptrsum");
    ck_assert_msg(strstr(ps, "ld32pis ") && !strstr(ps, "addbltu "), "the add stays above the walk:\n%s", ps);
    free(ps);
    char *fd = func_text(as, "field");
    ck_assert_msg(strstr(fd, "ld32xb ") && !strstr(fd, "        add "), "base + byte offset load:\n%s", fd);
    free(fd);
    char *cs = func_text(as, "colsum");
    ck_assert_msg(strstr(cs, "ld32pis ") && strstr(cs, ", 32\n") && !strstr(cs, "        inc ") &&
                  !strstr(cs, "        addi "), "strided walk:\n%s", cs);
    free(cs);
    free(mc);
    free(sd);
    free(bits);
    free(mn);
    ck_assert_msg(count(pk, "selltz ") == 1 && count(pk, "selltu ") == 1 && count(pk, "xorrotli ") == 1,
                  "fused forms:\n%s", pk);
    ck_assert_msg(!strstr(pk, "        ltsi ") && !strstr(pk, "        ltu ") && !strstr(pk, "        eqi ") &&
                  !strstr(pk, "        xor ") && !strstr(pk, "        rotli "), "nothing left unfused:\n%s", pk);
    free(pk);
    free(as);
}
END_TEST

/* Dense switches become jump tables, sparse ones compare trees; phis on the switch's edges. */
START_TEST(test_switch)
{
    const char *ir =
        "declare void @\"\\01io.print_i32\"(i32)\n"
        "define i32 @dense(i32 %x) {\n"
        "entry:\n"
        "  switch i32 %x, label %d [ i32 0, label %a i32 1, label %b i32 2, label %a i32 3, label %c\n"
        "                           i32 4, label %b i32 5, label %c i32 6, label %a ]\n"
        "a:\n  br label %d\n"
        "b:\n  br label %d\n"
        "c:\n  br label %d\n"
        "d:\n  %r = phi i32 [ -1, %entry ], [ 10, %a ], [ 20, %b ], [ %x, %c ]\n"
        "  ret i32 %r\n"
        "}\n"
        "define i32 @sparse(i32 %x) {\n"
        "entry:\n"
        "  switch i32 %x, label %d [ i32 -100000, label %a i32 7, label %b i32 1000, label %a\n"
        "                           i32 65536, label %c i32 -3, label %b i32 99, label %c ]\n"
        "a:\n  br label %d\n"
        "b:\n  br label %d\n"
        "c:\n  br label %d\n"
        "d:\n  %r = phi i32 [ 0, %entry ], [ 1, %a ], [ 2, %b ], [ 3, %c ]\n"
        "  ret i32 %r\n"
        "}\n"
        "define i32 @main() {\n"
        "entry:\n  br label %l\n"
        "l:\n  %i = phi i32 [ -2, %entry ], [ %i1, %l ]\n"
        "  %v = call i32 @dense(i32 %i)\n"
        "  call void @\"\\01io.print_i32\"(i32 %v)\n"
        "  %i1 = add i32 %i, 1\n  %c = icmp slt i32 %i1, 9\n  br i1 %c, label %l, label %s\n"
        "s:\n"
        "  %s1 = call i32 @sparse(i32 -100000)\n  call void @\"\\01io.print_i32\"(i32 %s1)\n"
        "  %s2 = call i32 @sparse(i32 7)\n  call void @\"\\01io.print_i32\"(i32 %s2)\n"
        "  %s3 = call i32 @sparse(i32 65536)\n  call void @\"\\01io.print_i32\"(i32 %s3)\n"
        "  %s4 = call i32 @sparse(i32 -3)\n  call void @\"\\01io.print_i32\"(i32 %s4)\n"
        "  %s5 = call i32 @sparse(i32 8)\n  call void @\"\\01io.print_i32\"(i32 %s5)\n"
        "  %s6 = call i32 @sparse(i32 99)\n  call void @\"\\01io.print_i32\"(i32 %s6)\n"
        "  ret i32 0\n"
        "}\n";
    expect_run(ir, "-1-1102010320510-1-1" "123203", 0);
    char *as = asm_of(ir, '0');
    char *d = func_text(as, "dense"), *s = func_text(as, "sparse");
    ck_assert_msg(strstr(d, "jtab"), "dense switch uses a jump table:\n%s", d);
    ck_assert_msg(!strstr(s, "jtab"), "sparse switch compares:\n%s", s);
    free(d);
    free(s);
    free(as);
}
END_TEST

/* Narrow integers: wrap-around, signed and unsigned compares, extension at calls. */
START_TEST(test_narrow_ints)
{
    const char *ir =
        "declare void @\"\\01io.print_i32\"(i32)\n"
        "define signext i8 @inc8(i8 signext %a) {\n  %r = add i8 %a, 1\n  ret i8 %r\n}\n"
        "define zeroext i16 @neg16(i16 zeroext %a) {\n  %r = sub i16 0, %a\n  ret i16 %r\n}\n"
        "define i32 @main() {\n"
        "  %a = call signext i8 @inc8(i8 signext 127)\n"
        "  %a32 = sext i8 %a to i32\n  call void @\"\\01io.print_i32\"(i32 %a32)\n"
        "  %lt = icmp slt i8 %a, 0\n  %lt32 = zext i1 %lt to i32\n  call void @\"\\01io.print_i32\"(i32 %lt32)\n"
        "  %ult = icmp ult i8 %a, 5\n  %ult32 = zext i1 %ult to i32\n  call void @\"\\01io.print_i32\"(i32 %ult32)\n"
        "  %b = call zeroext i16 @neg16(i16 zeroext 1)\n"
        "  %b32 = zext i16 %b to i32\n  call void @\"\\01io.print_i32\"(i32 %b32)\n"
        "  %d = udiv i16 %b, 7\n  %d32 = zext i16 %d to i32\n  call void @\"\\01io.print_i32\"(i32 %d32)\n"
        "  %e = ashr i16 %b, 4\n  %e32 = sext i16 %e to i32\n  call void @\"\\01io.print_i32\"(i32 %e32)\n"
        "  ret i32 0\n"
        "}\n";
    expect_run(ir, "-128" "1" "0" "65535" "9362" "-1", 0);
}
END_TEST

/* i64 arithmetic, compares, shifts, conversions and the intrinsics composed from words. */
START_TEST(test_i64_and_intrinsics)
{
    const char *ir =
        "declare void @\"\\01io.print_i64\"(i64)\n"
        "declare void @\"\\01io.print_i32\"(i32)\n"
        "declare i64 @llvm.ctlz.i64(i64, i1)\ndeclare i64 @llvm.cttz.i64(i64, i1)\ndeclare i64 @llvm.ctpop.i64(i64)\n"
        "declare i64 @llvm.bswap.i64(i64)\ndeclare i32 @llvm.fshl.i32(i32, i32, i32)\n"
        "declare { i32, i1 } @llvm.sadd.with.overflow.i32(i32, i32)\ndeclare i64 @llvm.smax.i64(i64, i64)\n"
        "declare i32 @llvm.abs.i32(i32, i1)\ndeclare i32 @llvm.bitreverse.i32(i32)\n"
        "define i32 @main() {\n"
        "  %x = add i64 1, 1099511627775\n"
        "  %c1 = call i64 @llvm.ctlz.i64(i64 %x, i1 false)\n  call void @\"\\01io.print_i64\"(i64 %c1)\n"
        "  %c2 = call i64 @llvm.cttz.i64(i64 %x, i1 false)\n  call void @\"\\01io.print_i64\"(i64 %c2)\n"
        "  %c3 = call i64 @llvm.ctpop.i64(i64 %x)\n  call void @\"\\01io.print_i64\"(i64 %c3)\n"
        "  %c4 = call i64 @llvm.bswap.i64(i64 %x)\n  call void @\"\\01io.print_i64\"(i64 %c4)\n"
        "  %r = call i32 @llvm.fshl.i32(i32 305419896, i32 305419896, i32 8)\n  call void @\"\\01io.print_i32\"(i32 %r)\n"
        "  %o = call { i32, i1 } @llvm.sadd.with.overflow.i32(i32 2147483647, i32 1)\n"
        "  %o1 = extractvalue { i32, i1 } %o, 1\n  %o2 = zext i1 %o1 to i32\n  call void @\"\\01io.print_i32\"(i32 %o2)\n"
        "  %m = call i64 @llvm.smax.i64(i64 -5, i64 %x)\n  call void @\"\\01io.print_i64\"(i64 %m)\n"
        "  %a = call i32 @llvm.abs.i32(i32 -77, i1 false)\n  call void @\"\\01io.print_i32\"(i32 %a)\n"
        "  %br = call i32 @llvm.bitreverse.i32(i32 1)\n  call void @\"\\01io.print_i32\"(i32 %br)\n"
        "  %sh = ashr i64 -1099511627776, 35\n  call void @\"\\01io.print_i64\"(i64 %sh)\n"
        "  %dv = sdiv i64 -1099511627776, 3\n  call void @\"\\01io.print_i64\"(i64 %dv)\n"
        "  %fp = sitofp i64 %dv to double\n  %fi = fptosi double %fp to i64\n  call void @\"\\01io.print_i64\"(i64 %fi)\n"
        "  ret i32 0\n"
        "}\n";
    expect_run(ir, "23" "40" "1" "65536" "878082066" "1" "1099511627776" "77" "-2147483648" "-32"
                   "-366503875925" "-366503875925", 0);
}
END_TEST

/* --- globals, natives, errors ---------------------------------------------------------------------- */
START_TEST(test_globals_and_function_pointers)
{
    const char *ir =
        "declare void @\"\\01io.print_i32\"(i32)\n"
        "declare i32 @\"\\01io.write\"(ptr, i32)\n"
        "@msg = private constant [6 x i8] c\"hi\\22\\\\\\0A\\00\"\n"
        "@tab = internal constant [3 x ptr] [ptr @one, ptr @two, ptr null]\n"
        "@arr = global [4 x i32] [i32 5, i32 6, i32 7, i32 8]\n"
        "@p = global ptr getelementptr (i8, ptr @arr, i32 8)\n"
        "@z = global [100 x i64] zeroinitializer\n"
        "@st = global { i8, i32, i16, double } { i8 1, i32 2, i16 3, double 1.5 }\n"
        "define internal i32 @one(i32 %x) { %r = add i32 %x, 1\n ret i32 %r }\n"
        "define internal i32 @two(i32 %x) { %r = mul i32 %x, 2\n ret i32 %r }\n"
        "define i32 @main() {\n"
        "  %w = call i32 @\"\\01io.write\"(ptr @msg, i32 5)\n"
        "  %pp = load ptr, ptr @p\n  %v = load i32, ptr %pp\n  call void @\"\\01io.print_i32\"(i32 %v)\n"
        "  %f1 = load ptr, ptr @tab\n  %r1 = call i32 %f1(i32 10)\n  call void @\"\\01io.print_i32\"(i32 %r1)\n"
        "  %q = getelementptr ptr, ptr @tab, i32 1\n  %f2 = load ptr, ptr %q\n"
        "  %r2 = call i32 %f2(i32 10)\n  call void @\"\\01io.print_i32\"(i32 %r2)\n"
        "  %zz = getelementptr i64, ptr @z, i32 99\n  %zv = load i64, ptr %zz\n  %zt = trunc i64 %zv to i32\n"
        "  call void @\"\\01io.print_i32\"(i32 %zt)\n"
        "  %s2 = getelementptr { i8, i32, i16, double }, ptr @st, i32 0, i32 2\n  %s2v = load i16, ptr %s2\n"
        "  %s2w = zext i16 %s2v to i32\n  call void @\"\\01io.print_i32\"(i32 %s2w)\n"
        "  %s3 = getelementptr { i8, i32, i16, double }, ptr @st, i32 0, i32 3\n  %s3v = load double, ptr %s3\n"
        "  %s3w = fptosi double %s3v to i32\n  call void @\"\\01io.print_i32\"(i32 %s3w)\n"
        "  ret i32 0\n"
        "}\n";
    expect_run(ir, "hi\"\\\n" "7" "11" "20" "0" "3" "1", 0);
    char *as = asm_of(ir, '0');
    ck_assert_ptr_nonnull(strstr(as, ".word   @one"));
    ck_assert_ptr_nonnull(strstr(as, ".word   arr+8"));
    ck_assert_ptr_nonnull(strstr(as, ".bss"));
    ck_assert_ptr_nonnull(strstr(as, ".import io.write, 1, 2, 1"));
    free(as);
}
END_TEST

/* Constant expressions that are not a symbol + offset are computed by instructions: `p - g` for a
 * p known to point into g becomes `add %p, sub (0, ptrtoint @g)` at -O1 and above (inside a loop:
 * computed once before it), and ptrtoint/inttoptr/xor/mul/trunc/GEP over such values, in i32 and
 * i64, as operands, phi inputs, call arguments and stored values. */
START_TEST(test_constant_expressions)
{
    const char *ir =
        "@line = internal global [8 x i8] zeroinitializer\n"
        "@arr = global [2 x i32] [i32 7, i32 8]\n"
        "@h = global i32 9\n"
        "declare void @\"\\01io.print_i32\"(i32)\n"
        "declare void @\"\\01io.print_i64\"(i64)\n"
        "declare i32 @\"io.putchar\"(i32)\n"
        "define void @show(i32 %v) {\n"
        "  call void @\"\\01io.print_i32\"(i32 %v)\n"
        "  call i32 @\"io.putchar\"(i32 32)\n"
        "  ret void\n"
        "}\n"
        "define i32 @main() {\n"
        "entry:\n"
        "  br label %loop\n"
        "loop:\n"
        "  %i = phi i32 [ 0, %entry ], [ %i1, %loop ]\n"
        "  %p = getelementptr i8, ptr @line, i32 %i\n"
        "  %pi = ptrtoint ptr %p to i32\n"
        "  %d = add i32 %pi, sub (i32 0, i32 ptrtoint (ptr @line to i32))\n"
        "  call void @show(i32 %d)\n"
        "  %i1 = add i32 %i, 1\n"
        "  %c = icmp ult i32 %i1, 3\n"
        "  br i1 %c, label %loop, label %exit\n"
        "exit:\n"
        "  %x = xor i32 ptrtoint (ptr @arr to i32), ptrtoint (ptr @h to i32)\n"
        "  %y = xor i32 %x, ptrtoint (ptr @h to i32)\n"
        "  %q = inttoptr i32 %y to ptr\n"
        "  %v = load i32, ptr %q\n"
        "  call void @show(i32 %v)\n"
        "  %v2 = load i32, ptr getelementptr (i8, ptr inttoptr (i32 xor (i32 xor (i32 ptrtoint (ptr @arr to i32), "
        "i32 ptrtoint (ptr @h to i32)), i32 ptrtoint (ptr @h to i32)) to ptr), i32 4)\n"
        "  call void @show(i32 %v2)\n"
        "  %p5 = getelementptr i8, ptr @line, i32 5\n"
        "  %z = ptrtoint ptr %p5 to i64\n"
        "  %w = add i64 %z, sub (i64 0, i64 ptrtoint (ptr @line to i64))\n"
        "  call void @\"\\01io.print_i64\"(i64 %w)\n"
        "  call i32 @\"io.putchar\"(i32 32)\n"
        "  %t = trunc i64 %w to i32\n"
        "  call void @show(i32 add (i32 ptrtoint (ptr @line to i32), i32 sub (i32 0, i32 ptrtoint (ptr @line to i32))))\n"
        "  %m = mul i32 %t, sub (i32 0, i32 ptrtoint (ptr @line to i32))\n"
        "  %m2 = add i32 %m, mul (i32 5, i32 ptrtoint (ptr @line to i32))\n"
        "  call void @show(i32 %m2)\n"
        "  %b = trunc i32 sub (i32 1, i32 ptrtoint (ptr @arr to i32)) to i1\n"
        "  %bz = zext i1 %b to i32\n"
        "  call void @show(i32 %bz)\n"
        "  br label %j\n"
        "j:\n"
        "  %ph = phi i32 [ sub (i32 0, i32 ptrtoint (ptr @line to i32)), %exit ]\n"
        "  %s = add i32 %ph, ptrtoint (ptr getelementptr (i8, ptr @line, i32 2) to i32)\n"
        "  call void @show(i32 %s)\n"
        "  store i32 sub (i32 0, i32 ptrtoint (ptr @h to i32)), ptr @h\n"
        "  %hv = load i32, ptr @h\n"
        "  %hs = add i32 %hv, ptrtoint (ptr @h to i32)\n"
        "  call void @show(i32 %hs)\n"
        "  ret i32 %t\n"
        "}\n";
    /* @arr is 4-aligned: 1 - arr is odd */
    expect_run(ir, "0 1 2 7 8 5 0 0 1 2 0 ", 5);
    char *as = asm_of(ir, '2'), *m = func_text(as, "main");
    ck_assert_msg(strstr(m, "neg "), "0 - @line is computed by neg:\n%s", m);
    free(m);
    free(as);
}
END_TEST

START_TEST(test_unsupported)
{
    struct { const char *ir, *msg; } cases[] = {
        { "define <4 x i32> @f(<4 x i32> %a) { %r = add <4 x i32> %a, %a\n ret <4 x i32> %r }", "unsupported IR: values of type <4 x i32>" },
        { "define void @f() { call void asm sideeffect \"nop\", \"\"()\n ret void }", "unsupported IR: inline assembly" },
        { "define i32 @f(ptr %ap) { %v = va_arg ptr %ap, i32\n ret i32 %v }", "the va_arg instruction" },
        { "define i128 @f(i128 %a) { ret i128 %a }", "unsupported IR: integer type i128" },
        { "define i32 @f(i32 %n) { %a = alloca i32, i32 %n\n store i32 1, ptr %a\n %v = load i32, ptr %a\n ret i32 %v }",
          "unsupported IR: variable-sized alloca" },
        { "define void @f(ptr %p) { indirectbr ptr %p, []\n }", "unsupported IR: indirectbr" },
        { "define half @f(half %a) { ret half %a }", "unsupported IR: values of type half" },
        { "declare void @\"\\01io.print_i32\"(i64)\ndefine void @f() { call void @\"\\01io.print_i32\"(i64 1)\n ret void }",
          "native io.print_i32 takes 1 argument" },
        { "declare void @\"\\01io.print_i32\"(i32)\n@t = global ptr @\"\\01io.print_i32\"\ndefine void @f() { ret void }",
          "address of a native function" },
    };
    for (size_t i = 0; i < sizeof cases / sizeof cases[0]; i++) {
        char *err = error_of(cases[i].ir);
        ck_assert_msg(strstr(err, cases[i].msg), "case %zu: error '%s' lacks '%s'", i, err, cases[i].msg);
        free(err);
    }
    /* the message names the function */
    char *err = error_of("define void @myfunc() { call void asm \"x\", \"\"()\n ret void }");
    ck_assert_msg(strstr(err, "function myfunc: unsupported IR:"), "%s", err);
    free(err);
}
END_TEST

/* More code than branch offsets reach: a clear error, not an assembler complaint. */
START_TEST(test_too_large)
{
    ck_buf b = { 0 };
    ck_buf_printf(&b, "@g = global i32 0\ndefine i32 @big() {\n  %%s0 = add i32 0, 0\n");
    for (int i = 0; i < 4000; i++)
        ck_buf_printf(&b, "  %%v%d = load volatile i32, ptr @g\n  %%s%d = add i32 %%s%d, %%v%d\n", i, i + 1, i, i);
    ck_buf_printf(&b, "  ret i32 %%s4000\n}\n");
    char *err = error_of((char *)b.data);
    ck_assert_msg(strstr(err, "function big:") && strstr(err, "bytes of code, more than the 32767"), "%s", err);
    free(err);
    ck_buf_free(&b);
}
END_TEST

/* A tree walk: the key's load and compare-branch fuse into ld32bne, the child pointer's load
 * (base + selected byte offset) and null test into ld32xbz; found, not found, the root. */
START_TEST(test_fused_tree_walk)
{
    const char *ir =
        "declare void @\"\\01io.print_i32\"(i32)\n"
        "%node = type { i32, i32, ptr, ptr }\n"
        "@n2 = global %node { i32 9, i32 2, ptr null, ptr null }\n"
        "@n3 = global %node { i32 3, i32 3, ptr null, ptr null }\n"
        "@n1 = global %node { i32 5, i32 1, ptr @n3, ptr @n2 }\n"
        "define ptr @find(ptr %t, i32 %key) {\n"
        "entry:\n"
        "  %z = icmp eq ptr %t, null\n"
        "  br i1 %z, label %out, label %head\n"
        "body:\n"
        "  %lt = icmp ugt i32 %k, %key\n"
        "  %off = select i1 %lt, i32 8, i32 12\n"
        "  %pp = getelementptr inbounds i8, ptr %p, i32 %off\n"
        "  %c = load ptr, ptr %pp, align 4\n"
        "  %cz = icmp eq ptr %c, null\n"
        "  br i1 %cz, label %out, label %head\n"
        "head:\n"
        "  %p = phi ptr [ %c, %body ], [ %t, %entry ]\n"
        "  %k = load i32, ptr %p, align 4\n"
        "  %eq = icmp eq i32 %k, %key\n"
        "  br i1 %eq, label %out, label %body\n"
        "out:\n"
        "  %r = phi ptr [ null, %entry ], [ null, %body ], [ %p, %head ]\n"
        "  ret ptr %r\n"
        "}\n"
        "define i32 @val(i32 %key) {\n"
        "  %n = call ptr @find(ptr @n1, i32 %key)\n"
        "  %z = icmp eq ptr %n, null\n"
        "  br i1 %z, label %none, label %some\n"
        "none:\n"
        "  ret i32 0\n"
        "some:\n"
        "  %vp = getelementptr inbounds i8, ptr %n, i32 4\n"
        "  %v = load i32, ptr %vp, align 4\n"
        "  ret i32 %v\n"
        "}\n"
        "define i32 @main() {\n"
        "  %a = call i32 @val(i32 9)\n"
        "  call void @\"\\01io.print_i32\"(i32 %a)\n"
        "  %b = call i32 @val(i32 7)\n"
        "  call void @\"\\01io.print_i32\"(i32 %b)\n"
        "  %c = call i32 @val(i32 5)\n"
        "  call void @\"\\01io.print_i32\"(i32 %c)\n"
        "  %d = call i32 @val(i32 3)\n"
        "  call void @\"\\01io.print_i32\"(i32 %d)\n"
        "  %e = call ptr @find(ptr null, i32 3)\n"
        "  %ei = ptrtoint ptr %e to i32\n"
        "  call void @\"\\01io.print_i32\"(i32 %ei)\n"
        "  ret i32 0\n"
        "}\n";
    expect_run(ir, "20130", 0);
    char *as = asm_of(ir, '2');
    char *fd = func_text(as, "find");
    ck_assert_msg(strstr(fd, "ld32bne ") && strstr(fd, "ld32xbz ") && !strstr(fd, "        bne ") &&
                  !strstr(fd, "ld32xb  ") && !strstr(fd, "        ld32 "), "tree walk:\n%s", fd);
    free(fd);
    free(as);
}
END_TEST

/* A branch on a value computed right before it: ld8upi + brnz -> ld8upibnz, eq64 + brz -> eq64bz,
 * ltf + brnz -> ltfbnz (the compare's register still written); a loop of ld8upi + brnz alone
 * (strlen) -> skipstr; and add + xorrotli (half a ChaCha quarter round) -> addxorrotli, here with
 * rd = rb (the first add and rotate do not fuse: the rotate's result goes to a third register, not
 * back into d). */
START_TEST(test_fused_compare_branch)
{
    const char *ir =
        "declare void @\"\\01io.print_i32\"(i32)\n"
        "@s = global [6 x i8] c\"hello\\00\"\n"
        "define i32 @len(ptr %s) {\n"
        "entry:\n"
        "  br label %loop\n"
        "loop:\n"
        "  %p = phi ptr [ %s, %entry ], [ %n, %loop ]\n"
        "  %c = load i8, ptr %p, align 1\n"
        "  %n = getelementptr inbounds i8, ptr %p, i32 1\n"
        "  %nz = icmp ne i8 %c, 0\n"
        "  br i1 %nz, label %loop, label %done\n"
        "done:\n"
        "  %pi = ptrtoint ptr %n to i32\n"
        "  %si = ptrtoint ptr %s to i32\n"
        "  %l = sub i32 %pi, %si\n"
        "  ret i32 %l\n"
        "}\n"
        "define i32 @fnv(ptr %s) {\n"                   /* while (*s) h = (h ^ *s++) * P */
        "entry:\n"
        "  %c0 = load i8, ptr %s, align 1\n"
        "  %z0 = icmp eq i8 %c0, 0\n"
        "  br i1 %z0, label %done, label %loop\n"
        "loop:\n"
        "  %p = phi ptr [ %s, %entry ], [ %q, %loop ]\n"
        "  %c = phi i8 [ %c0, %entry ], [ %c1, %loop ]\n"
        "  %h = phi i32 [ -2128831035, %entry ], [ %h1, %loop ]\n"
        "  %cz = zext i8 %c to i32\n"
        "  %x = xor i32 %h, %cz\n"
        "  %h1 = mul i32 %x, 16777619\n"
        "  %q = getelementptr inbounds i8, ptr %p, i32 1\n"
        "  %c1 = load i8, ptr %q, align 1\n"
        "  %nz = icmp ne i8 %c1, 0\n"
        "  br i1 %nz, label %loop, label %done\n"
        "done:\n"
        "  %r = phi i32 [ -2128831035, %entry ], [ %h1, %loop ]\n"
        "  ret i32 %r\n"
        "}\n"
        "define i32 @steps(i64 %x, i64 %y) {\n"
        "entry:\n"
        "  br label %loop\n"
        "loop:\n"
        "  %v = phi i64 [ %x, %entry ], [ %h, %loop ]\n"
        "  %i = phi i32 [ 0, %entry ], [ %i1, %loop ]\n"
        "  %h = lshr i64 %v, 1\n"
        "  %i1 = add i32 %i, 1\n"
        "  %z = icmp eq i64 %h, %y\n"
        "  br i1 %z, label %done, label %loop\n"
        "done:\n"
        "  ret i32 %i1\n"
        "}\n"
        "define i32 @doublings(float %x, float %lim) {\n"
        "entry:\n"
        "  br label %loop\n"
        "loop:\n"
        "  %v = phi float [ %x, %entry ], [ %v2, %loop ]\n"
        "  %i = phi i32 [ 0, %entry ], [ %i1, %loop ]\n"
        "  %v2 = fmul float %v, 2.0\n"
        "  %i1 = add i32 %i, 1\n"
        "  %lt = fcmp olt float %v2, %lim\n"
        "  br i1 %lt, label %loop, label %done\n"
        "done:\n"
        "  ret i32 %i1\n"
        "}\n"
        "define i32 @qr(i32 %a, i32 %b, i32 %d) {\n"
        "  %a1 = add i32 %a, %b\n"
        "  %x1 = xor i32 %d, %a1\n"
        "  %d1 = call i32 @llvm.fshl.i32(i32 %x1, i32 %x1, i32 16)\n"
        "  %a2 = add i32 %a1, %d1\n"
        "  %x2 = xor i32 %a2, %d1\n"
        "  %d2 = call i32 @llvm.fshl.i32(i32 %x2, i32 %x2, i32 8)\n"
        "  %r = xor i32 %a2, %d2\n"
        "  ret i32 %r\n"
        "}\n"
        "declare i32 @llvm.fshl.i32(i32, i32, i32)\n"
        "define i32 @main() {\n"
        "  %q = call i32 @qr(i32 305419896, i32 16843009, i32 -252645136)\n"
        "  call void @\"\\01io.print_i32\"(i32 %q)\n"
        "  %a = call i32 @len(ptr @s)\n"
        "  call void @\"\\01io.print_i32\"(i32 %a)\n"
        "  %a2 = call i32 @fnv(ptr @s)\n"
        "  call void @\"\\01io.print_i32\"(i32 %a2)\n"
        "  %b = call i32 @steps(i64 1099511627776, i64 1)\n"
        "  call void @\"\\01io.print_i32\"(i32 %b)\n"
        "  %c = call i32 @doublings(float 1.0, float 1000.0)\n"
        "  call void @\"\\01io.print_i32\"(i32 %c)\n"
        "  %d = call i32 @doublings(float 1.0, float 0x7FF8000000000000)\n"
        "  call void @\"\\01io.print_i32\"(i32 %d)\n"
        "  ret i32 0\n"
        "}\n";
    expect_run(ir, "-1939357661" "6" "1335831723" "40101", 0);
    char *as = asm_of(ir, '2');
    static const char *const fn[] = { "len", "steps", "doublings", "qr", "fnv" };
    static const char *const fused[] = { "skipstr ", "eq64bz ", "ltfbnz ", "addxorrotli ", "ld8upibnz " };
    for (int k = 0; k < 5; k++) {
        char *fd = func_text(as, fn[k]);
        ck_assert_msg(strstr(fd, fused[k]) && (k == 4 || !strstr(fd, "brz")) && !strstr(fd, "brnz") &&
                      (k != 3 || strstr(fd, "addxorrotli r0, r1, r1, 8")), "%s:\n%s", fn[k], fd);
        free(fd);
    }
    free(as);
}
END_TEST

/* A multiply-accumulate loop that counts up from -n to 0 (as LLVM's strength reduction may leave
 * it) is one dot32s too, after a neg of the count. */
START_TEST(test_dot_count_up)
{
    const char *ir =
        "declare void @\"\\01io.print_i32\"(i32)\n"
        "@a = global [4 x i32] [i32 1, i32 2, i32 3, i32 4]\n"
        "@b = global [8 x i32] [i32 5, i32 0, i32 6, i32 0, i32 7, i32 0, i32 8, i32 0]\n"
        "define i32 @dotup(ptr %p0, ptr %q0, i32 %negn) noinline {\n"
        "entry:\n"
        "  br label %loop\n"
        "loop:\n"
        "  %p = phi ptr [ %p0, %entry ], [ %p1, %loop ]\n"
        "  %q = phi ptr [ %q0, %entry ], [ %q1, %loop ]\n"
        "  %c = phi i32 [ %negn, %entry ], [ %c1, %loop ]\n"
        "  %s = phi i32 [ 0, %entry ], [ %s1, %loop ]\n"
        "  %x = load i32, ptr %p, align 4\n"
        "  %y = load i32, ptr %q, align 4\n"
        "  %m = mul i32 %y, %x\n"
        "  %s1 = add i32 %m, %s\n"
        "  %p1 = getelementptr i8, ptr %p, i32 4\n"
        "  %q1 = getelementptr i8, ptr %q, i32 8\n"
        "  %c1 = add i32 %c, 1\n"
        "  %z = icmp eq i32 %c1, 0\n"
        "  br i1 %z, label %out, label %loop\n"
        "out:\n"
        "  ret i32 %s1\n"
        "}\n"
        "define i32 @main() {\n"
        "  %r = call i32 @dotup(ptr @a, ptr @b, i32 -4)\n"
        "  call void @\"\\01io.print_i32\"(i32 %r)\n"
        "  %r1 = call i32 @dotup(ptr @a, ptr @b, i32 -1)\n"
        "  call void @\"\\01io.print_i32\"(i32 %r1)\n"
        "  ret i32 0\n"
        "}\n";
    expect_run(ir, "70" "5", 0);
    char *as = asm_of(ir, '2');
    char *fd = func_text(as, "dotup");
    ck_assert_msg(strstr(fd, "neg ") && count(fd, "dot32s ") == 1 && strstr(fd, ", 8\n") && !strstr(fd, "addib") &&
                  !strstr(fd, "mac32pis"), "dotup:\n%s", fd);
    free(fd);
    free(as);
}
END_TEST

START_TEST(test_api_errors)
{
    ck_buf b = { 0 };
    char *err = NULL;
    ck_assert_int_ne(compile("define i32 @f( {", '2', &b, &err), 0);
    ck_assert_ptr_nonnull(err);
    ck_assert_msg(strstr(err, "test.ll:1"), "parse errors name the input and line: %s", err);
    free(err);
    ck_assert_int_ne(compile("target datalayout = \"e-m:e-p:64:64-i64:64-n32:64-S128\"\ndefine void @f() { ret void }",
                             '2', &b, &err), 0);
    ck_assert_msg(strstr(err, "incompatible target"), "%s", err);
    free(err);
    ck_assert_int_ne(compile("define void @f() { ret void }", 'x', &b, &err), 0);
    ck_assert_msg(strstr(err, "-Ox"), "%s", err);
    free(err);
    LLVMContextRef ctx = LLVMContextCreate();
    LLVMModuleRef m = NULL;
    ck_assert_int_ne(ck_cc_load_ir("/nonexistent/x.ll", ctx, &m, &err), 0);
    ck_assert_msg(strstr(err, "cannot open"), "%s", err);
    free(err);
    LLVMContextDispose(ctx);
    ck_buf_free(&b);
}
END_TEST

START_TEST(test_deterministic)
{
    char *ir = pressure_ir(60);
    char *a = asm_of(ir, '2'), *b = asm_of(ir, '2');
    ck_assert_str_eq(a, b);
    free(a);
    free(b);
    free(ir);
}
END_TEST

/* Induction variables still needed after their increment (isel.c "loops in the IR"): an index
 * compared in its loop and read after it, a pointer walking down whose old value the exit needs:
 * the loop bodies keep no copy (nor a recomputed old value), and the results stay right. */
static char *loop_body(const char *fn, const char *label)
{
    char def[32], use[32];
    snprintf(def, sizeof def, "%s:\n", label);
    snprintf(use, sizeof use, ", %s\n", label);
    const char *b = strstr(fn, def), *e = NULL;
    ck_assert_msg(b != NULL, "no label %s in\n%s", label, fn);
    for (const char *p = b; (p = strstr(p, use)); p++) e = p;
    ck_assert_msg(e != NULL, "no branch back to %s in\n%s", label, fn);
    char *s = malloc((size_t)(e - b) + 1);
    memcpy(s, b, (size_t)(e - b));
    s[e - b] = 0;
    return s;
}

START_TEST(test_loop_copies)
{
    const char *ir =
        "@a = global [8 x i32] [i32 1, i32 3, i32 5, i32 7, i32 9, i32 11, i32 13, i32 15]\n"
        "declare void @\"\\01io.print_i32\"(i32)\n"
        "define i32 @downscan(ptr %end, i32 %pivot) {\n"
        "entry:\n"
        "  br label %loop\n"
        "loop:\n"
        "  %p = phi ptr [ %end, %entry ], [ %q, %loop ]\n"
        "  %x = load i32, ptr %p\n"
        "  %q = getelementptr i32, ptr %p, i32 -1\n"
        "  %c = icmp ugt i32 %x, %pivot\n"
        "  br i1 %c, label %loop, label %out\n"
        "out:\n"
        "  %pi = ptrtoint ptr %p to i32\n"
        "  %ei = ptrtoint ptr %end to i32\n"
        "  %d = sub i32 %ei, %pi\n"
        "  ret i32 %d\n"
        "}\n"
        "define i32 @count(i32 %k) {\n"
        "entry:\n"
        "  br label %loop\n"
        "loop:\n"
        "  %it = phi i32 [ 0, %entry ], [ %it1, %loop ]\n"
        "  %s = phi i32 [ 1, %entry ], [ %s1, %loop ]\n"
        "  %it1 = add nuw nsw i32 %it, 1\n"
        "  %s1 = mul i32 %s, %k\n"
        "  %c1 = icmp ult i32 %it, 20\n"
        "  %m = and i32 %s1, 4096\n"
        "  %c2 = icmp eq i32 %m, 0\n"
        "  %c = select i1 %c1, i1 %c2, i1 false\n"
        "  br i1 %c, label %loop, label %out\n"
        "out:\n"
        "  %r = mul i32 %it, 1000\n"
        "  %r2 = add i32 %r, %it1\n"
        "  ret i32 %r2\n"
        "}\n"
        "define i32 @main() {\n"
        "  %e = getelementptr [8 x i32], ptr @a, i32 0, i32 7\n"
        "  %r1 = call i32 @downscan(ptr %e, i32 4)\n"
        "  call void @\"\\01io.print_i32\"(i32 %r1)\n"
        "  %r2 = call i32 @downscan(ptr %e, i32 20)\n"
        "  call void @\"\\01io.print_i32\"(i32 %r2)\n"
        "  %r3 = call i32 @count(i32 3)\n"
        "  call void @\"\\01io.print_i32\"(i32 %r3)\n"
        "  %r4 = call i32 @count(i32 1)\n"
        "  call void @\"\\01io.print_i32\"(i32 %r4)\n"
        "  ret i32 0\n"
        "}\n";
    /* downscan stops at a[1] (3 <= 4), or at once; count: 3^8 has bit 12 set at it = 7; k = 1
     * runs to it = 20 */
    expect_run(ir, "240700820021", 0);
    char *as = asm_of(ir, '2');
    char *ds = func_text(as, "downscan"), *ct = func_text(as, "count");
    char *b1 = loop_body(ds, ".L0"), *b2 = loop_body(ct, ".L0");
    /* the step: an addi/inc/dec, or folded into a strided load (ld32pis) */
    ck_assert_msg(!strstr(b1, "mov") && count(b1, "addi") + count(b1, "dec ") + count(b1, "inc ") + count(b1, "pis ") == 1,
                  "one step and no copy in the pointer loop:\n%s", ds);
    ck_assert_msg(!strstr(b2, "mov"), "no copy in the counting loop:\n%s", ct);
    free(b1);
    free(b2);
    free(ds);
    free(ct);
    free(as);
}
END_TEST

/* Selection that saves instructions: a shift amount's `& 31` (`& 63`) is left to the VM, which
 * shifts modulo the width; base + index * scale in a loop is one mla (the scale's register
 * hoisted out of it) for element sizes that no indexed load covers; after `brz rX` is taken (or
 * `brnz rX` falls through) rX is known to be 0, so the exit's `lih rX, 0` goes. */
START_TEST(test_selection_savings)
{
    const char *ir =
        "%pair = type { i32, i32 }\n"
        "%tri = type { i32, i32, i32 }\n"
        "@arr = global [6 x %pair] [%pair {i32 1, i32 2}, %pair {i32 3, i32 4}, %pair {i32 5, i32 6}, "
        "%pair {i32 7, i32 8}, %pair {i32 9, i32 10}, %pair {i32 11, i32 12}]\n"
        "@tr = global [3 x %tri] [%tri {i32 1, i32 2, i32 3}, %tri {i32 4, i32 5, i32 6}, %tri {i32 7, i32 8, i32 9}]\n"
        "@list = global [3 x %pair] [%pair {i32 2, i32 0}, %pair {i32 5, i32 0}, %pair {i32 9, i32 0}]\n"
        "declare void @\"\\01io.print_i32\"(i32)\n"
        "define i32 @bits(i32 %x, i32 %n, i64 %y) {\n"
        "  %m = and i32 %n, 31\n"
        "  %b = shl i32 1, %m\n"
        "  %s = lshr i32 %x, %m\n"
        "  %a = ashr i32 %x, %m\n"
        "  %o1 = or i32 %b, %s\n"
        "  %o2 = xor i32 %o1, %a\n"
        "  %n64 = zext i32 %n to i64\n"
        "  %m64 = and i64 %n64, 63\n"
        "  %y2 = shl i64 %y, %m64\n"
        "  %lo = trunc i64 %y2 to i32\n"
        "  %r = add i32 %o2, %lo\n"
        "  ret i32 %r\n"
        "}\n"
        "define i32 @sum(i32 %n) {\n"
        "entry:\n"
        "  br label %loop\n"
        "loop:\n"
        "  %i = phi i32 [ 0, %entry ], [ %i1, %loop ]\n"
        "  %s = phi i32 [ 0, %entry ], [ %s2, %loop ]\n"
        "  %p = getelementptr [6 x %pair], ptr @arr, i32 0, i32 %i, i32 1\n"
        "  %v = load i32, ptr %p\n"
        "  %j = urem i32 %i, 3\n"
        "  %q = getelementptr [3 x %tri], ptr @tr, i32 0, i32 %j, i32 2\n"
        "  %w = load i32, ptr %q\n"
        "  %s1 = add i32 %s, %v\n"
        "  %s2 = add i32 %s1, %w\n"
        "  %i1 = add i32 %i, 1\n"
        "  %c = icmp slt i32 %i1, %n\n"
        "  br i1 %c, label %loop, label %exit\n"
        "exit:\n"
        "  ret i32 %s2\n"
        "}\n"
        "define i32 @walk(ptr %h, i32 %d) {\n"
        "entry:\n"
        "  br label %loop\n"
        "loop:\n"
        "  %p = phi ptr [ %h, %entry ], [ %n, %next ]\n"
        "  %isnull = icmp eq ptr %p, null\n"
        "  br i1 %isnull, label %done, label %test\n"
        "test:\n"
        "  %v = load i32, ptr %p\n"
        "  %lt = icmp ult i32 %v, %d\n"
        "  br i1 %lt, label %next, label %done\n"
        "next:\n"
        "  %np = getelementptr i8, ptr %p, i32 4\n"
        "  %n = load ptr, ptr %np\n"
        "  br label %loop\n"
        "done:\n"
        "  %r = phi ptr [ null, %loop ], [ %p, %test ]\n"
        "  %ri = ptrtoint ptr %r to i32\n"
        "  ret i32 %ri\n"
        "}\n"
        "define i32 @main() {\n"
        "  %r1 = call i32 @bits(i32 -100, i32 35, i64 81985529216486895)\n"
        "  call void @\"\\01io.print_i32\"(i32 %r1)\n"
        "  %r2 = call i32 @sum(i32 6)\n"
        "  call void @\"\\01io.print_i32\"(i32 %r2)\n"
        "  store ptr getelementptr (%pair, ptr @list, i32 1), ptr getelementptr (i8, ptr @list, i32 4)\n"
        "  store ptr getelementptr (%pair, ptr @list, i32 2), ptr getelementptr (i8, ptr @list, i32 12)\n"
        "  %r3 = call i32 @walk(ptr @list, i32 7)\n"
        "  %r4 = call i32 @walk(ptr @list, i32 10)\n"
        "  %r5 = sub i32 %r3, ptrtoint (ptr @list to i32)\n"
        "  call void @\"\\01io.print_i32\"(i32 %r5)\n"
        "  call void @\"\\01io.print_i32\"(i32 %r4)\n"
        "  ret i32 0\n"
        "}\n";
    /* bits: 8 | (-100 >>> 3) ^ (-100 >> 3) = -536870904, plus the i64's low word << 35 (0);
     * sum: 2+4+..+12 = 42 and 3+6+9 twice = 36; walk stops at the node of key 9 (offset 16), or
     * runs off the list (null) */
    expect_run(ir, "-53687090478160", 0);
    char *as = asm_of(ir, '0');
    char *bt = func_text(as, "bits"), *sm = func_text(as, "sum"), *wk = func_text(as, "walk");
    char *body = loop_body(sm, ".L0");
    ck_assert_msg(!strstr(bt, "and"), "the shift amounts are not masked:\n%s", bt);
    ck_assert_msg(count(body, "mla ") == 2 && !strstr(body, "shli") && !strstr(body, "muli"),
                  "each address in the loop is one mla:\n%s", sm);
    ck_assert_msg(!strstr(wk, "li8") && !strstr(wk, "lih"), "the null the exit returns is already in the register:\n%s", wk);
    free(body);
    free(bt);
    free(sm);
    free(wk);
    free(as);
}
END_TEST

/* -Os: more than 16 live values, the loop's in registers above r15 as allocated; renum.c gives the
 * loop's registers numbers below 16 (values live across the call stay below its window), so its
 * instructions take their narrow forms, and the result stays right. */
START_TEST(test_renumbered_narrow)
{
    ck_buf b = { 0 };
    ck_buf_printf(&b, "@tab = global [16 x i16] [");
    for (int k = 0; k < 16; k++) ck_buf_printf(&b, "%si16 %d", k ? ", " : "", k * k * 37 - 900);
    ck_buf_printf(&b, "]\n"
                      "declare void @\"\\01io.print_i32\"(i32)\n"
                      "define internal i32 @mix(i32 %%x) noinline {\n"
                      "  %%y = mul i32 %%x, 3\n  %%z = sub i32 %%y, 1\n  ret i32 %%z\n}\n"
                      "define internal i32 @work(ptr %%p, i32 %%n) noinline {\n"
                      "entry:\n");
    for (int k = 0; k < 16; k++)   /* cold values: no narrow form makes or reads them */
        ck_buf_printf(&b, "  %%q%d = getelementptr i16, ptr %%p, i32 %d\n  %%h%d = load volatile i16, ptr %%q%d\n"
                          "  %%c%d = sext i16 %%h%d to i32\n", k, k, k, k, k, k);
    ck_buf_printf(&b, "  %%m = sub i32 %%c0, 7\n  br label %%loop\n"
                      "loop:\n"
                      "  %%i = phi i32 [ 0, %%entry ], [ %%i1, %%loop ]\n"
                      "  %%a = phi i32 [ %%m, %%entry ], [ %%a3, %%loop ]\n"
                      "  %%b = phi i32 [ 1, %%entry ], [ %%b2, %%loop ]\n"
                      "  %%a1 = shl i32 %%a, 3\n  %%a2 = xor i32 %%a1, %%b\n  %%b1 = lshr i32 %%a2, 5\n"
                      "  %%b2 = add i32 %%b1, %%i\n  %%a3 = add i32 %%a2, %%b2\n  %%i1 = add i32 %%i, 1\n"
                      "  %%cnd = icmp ult i32 %%i1, %%n\n  br i1 %%cnd, label %%loop, label %%exit\n"
                      "exit:\n"
                      "  %%s0 = call i32 @mix(i32 %%c1)\n  %%t = sub i32 %%s0, %%a3\n");
    for (int k = 0; k < 16; k++) {
        if (k) ck_buf_printf(&b, "  %%t%d = %s i32 %%t%d, %%c%d\n", k, k % 2 ? "sub" : "or", k - 1, k);
        else ck_buf_printf(&b, "  %%t0 = or i32 %%t, %%c0\n");
    }
    ck_buf_printf(&b, "  %%r = sub i32 %%t15, %%b2\n  ret i32 %%r\n}\n"
                      "define i32 @main() {\n"
                      "  %%r = call i32 @work(ptr @tab, i32 100)\n"
                      "  call void @\"\\01io.print_i32\"(i32 %%r)\n  ret i32 0\n}\n");
    char *ir = (char *)b.data;
    int32_t c[16];
    for (int k = 0; k < 16; k++) c[k] = (int16_t)(k * k * 37 - 900);
    uint32_t a = (uint32_t)c[0] - 7, v = 1;
    for (uint32_t i = 0; i < 100; i++) {
        uint32_t a2 = (a << 3) ^ v;
        v = (a2 >> 5) + i;
        a = a2 + v;
    }
    uint32_t t = (uint32_t)c[1] * 3 - 1 - a;
    for (int k = 0; k < 16; k++) t = k % 2 ? t - (uint32_t)c[k] : t | (uint32_t)c[k];
    char want[32];
    snprintf(want, sizeof want, "%d", (int32_t)(t - v));
    const char opts[] = { '0', 's' };
    for (int i = 0; i < 2; i++) {
        char *out = NULL;
        int rc = run_ir(ir, opts[i], &out);
        ck_assert_msg(rc == 0 && !strcmp(out, want), "-O%c: status %d, output %s, wanted %s", opts[i], rc, out, want);
        free(out);
    }
    char *as = asm_of(ir, 's'), *w = func_text(as, "work"), *body = loop_body(w, ".L0");
    ck_assert_msg(strstr(w, "regs=20,"), "the window grew or shrank:\n%s", w);
    ck_assert_msg(strstr(body, "shli.n") && strstr(body, "shrui.n") && strstr(body, "xor.n") && count(body, "add.n") == 2 &&
                  strstr(body, "inc.n"), "the loop's registers are not below r16:\n%s", w);
    free(body);
    free(w);
    free(as);
    ck_buf_free(&b);
}
END_TEST

/* --target tiny: 64-bit arithmetic the back end writes as 32-bit sequences, calls for the rest,
 * and only tiny opcodes in the whole text at every level (no narrow, short or fused forms). */
START_TEST(test_tiny_target)
{
    const char *ir =
        "define double @fadd(double %a, double %b) {\n"
        "  %r = fadd double %a, %b\n  ret double %r\n}\n"
        "define i64 @mul(i64 %a, i64 %b) {\n"
        "  %r = mul i64 %a, %b\n  ret i64 %r\n}\n"
        "define i64 @add(i64 %a, i64 %b) {\n"
        "  %r = add i64 %a, %b\n  ret i64 %r\n}\n"
        "define i1 @lt(i64 %a, i64 %b) {\n"
        "  %r = icmp slt i64 %a, %b\n  ret i1 %r\n}\n"
        "define i64 @shr(i64 %a) {\n"
        "  %r = lshr i64 %a, 40\n  ret i64 %r\n}\n"
        "define i32 @sum(ptr %p, i32 %n) {\n"
        "entry:\n  br label %loop\n"
        "loop:\n  %i = phi i32 [ 0, %entry ], [ %i1, %loop ]\n  %s = phi i32 [ 0, %entry ], [ %s1, %loop ]\n"
        "  %q = getelementptr i32, ptr %p, i32 %i\n  %x = load i32, ptr %q, align 4\n"
        "  %s1 = add i32 %s, %x\n  %i1 = add i32 %i, 1\n  %c = icmp ult i32 %i1, %n\n"
        "  br i1 %c, label %loop, label %out\n"
        "out:\n  ret i32 %s1\n}\n";
    static const char opts[] = { '0', '2', 's' };
    target_tiny = 1;
    for (size_t k = 0; k < sizeof opts; k++) {
        char *as = asm_of(ir, opts[k]);
        char *f = func_text(as, "fadd");
        ck_assert_msg(strstr(f, "call    __ck_addd"), "-O%c fadd:\n%s", opts[k], f);
        free(f);
        f = func_text(as, "mul");
        ck_assert_msg(strstr(f, "call    __ck_mul64"), "-O%c mul:\n%s", opts[k], f);
        free(f);
        f = func_text(as, "add");     /* add, the carry (ltu), add, add */
        ck_assert_msg(!strstr(f, "__ck_") && strstr(f, "ltu"), "-O%c add:\n%s", opts[k], f);
        free(f);
        for (const char *p = as; *p; p = strchr(p, '\n') + 1) {   /* every instruction's mnemonic */
            char mn[16] = "";
            if (*p == ' ' && sscanf(p, " %15[a-z0-9.]", mn) == 1) {
                unsigned op = 0;
                while (ck_op_name(op) && strcmp(ck_op_name(op), mn)) op++;
                ck_assert_msg(ck_op_name(op) && CK_OP_TINY(op), "-O%c: '%s' is not a tiny opcode", opts[k], mn);
            }
            if (!strchr(p, '\n')) break;
        }
        free(as);
    }
    target_tiny = 0;
}
END_TEST

Suite *backend_suite(void)
{
    Suite *s = suite_create("backend");
    TCase *t = tcase_create("core");
    tcase_set_timeout(t, 60);
    tcase_add_test(t, test_phi_swap_and_rotation);
    tcase_add_test(t, test_tiny_target);
    tcase_add_test(t, test_phi_lost_copy);
    tcase_add_test(t, test_phi_critical_edges);
    tcase_add_test(t, test_phi_pairs);
    tcase_add_test(t, test_phi_swap_read_by_branch);
    tcase_add_test(t, test_phi_same_predecessor_edges);
    tcase_add_test(t, test_phi_fanout_and_self);
    tcase_add_test(t, test_phi_irreducible);
    tcase_add_test(t, test_phi_narrow);
    tcase_add_test(t, test_phi_rotation_in_window);
    tcase_add_test(t, test_phi_rotation_spilled);
    tcase_add_test(t, test_ra_pressure_in_window);
    tcase_add_test(t, test_ra_pressure_spills);
    tcase_add_test(t, test_ra_pair_spills);
    tcase_add_test(t, test_ra_live_across_calls);
    tcase_add_test(t, test_ra_many_args_and_results);
    tcase_add_test(t, test_ra_pairs_across_calls);
    tcase_add_test(t, test_ra_calls_in_loop);
    tcase_add_test(t, test_isel_shapes);
    tcase_add_test(t, test_quality_shapes);
    tcase_add_test(t, test_switch);
    tcase_add_test(t, test_narrow_ints);
    tcase_add_test(t, test_i64_and_intrinsics);
    tcase_add_test(t, test_globals_and_function_pointers);
    tcase_add_test(t, test_constant_expressions);
    tcase_add_test(t, test_unsupported);
    tcase_add_test(t, test_fusions);
    tcase_add_test(t, test_fused_select_xorrot);
    tcase_add_test(t, test_fused_mac32_crc);
    tcase_add_test(t, test_fused_mac16sr_bitclr);
    tcase_add_test(t, test_fused_tree_walk);
    tcase_add_test(t, test_fused_compare_branch);
    tcase_add_test(t, test_dot_count_up);
    tcase_add_test(t, test_too_large);
    tcase_add_test(t, test_api_errors);
    tcase_add_test(t, test_deterministic);
    tcase_add_test(t, test_loop_copies);
    tcase_add_test(t, test_selection_savings);
    tcase_add_test(t, test_renumbered_narrow);
    suite_add_tcase(s, t);
    return s;
}

int main(void)
{
    SRunner *r = srunner_create(backend_suite());
    srunner_run_all(r, CK_NORMAL);
    int failed = srunner_ntests_failed(r);
    srunner_free(r);
    return failed ? EXIT_FAILURE : EXIT_SUCCESS;
}
