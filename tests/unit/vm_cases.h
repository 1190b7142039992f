/* The VM unit tests that hold for the full and the tiny core alike (only tiny opcodes), and the two
 * fault helpers they share, included by test_vm.c and test_vm_tiny.c after their own helpers:
 * load() and run() are each file's (the tiny one also runs the full VM as a reference and
 * compares), E() evaluates one instruction. */
#ifndef CK_TESTS_VM_CASES_H
#define CK_TESTS_VM_CASES_H

/* A fault of this kind in function fn at pc (the address only for CK_FAULT_OOB). */
static void expect_fault(int rc, int kind, uint32_t fn, uint32_t pc)
{
    ck_assert_msg(rc == kind, "fault %d (%s), expected %d (%s)", rc, ck_vm_fault_name(rc), kind, ck_vm_fault_name(kind));
    ck_assert_int_eq(vm.fault.kind, kind);
    ck_assert_uint_eq(vm.fault.func, fn);
    ck_assert_uint_eq(vm.fault.pc, pc);
    if (kind != CK_FAULT_OOB) ck_assert_uint_eq(vm.fault.addr, 0);
}

/* main calls "callee" (nregs registers, frame bytes), whose first instruction is a nop; the test
 * appends the rest. */
static tfunc *fault_in_callee(int nregs, uint32_t frame)
{
    reset();
    import("t.out", 1, 1, 0);
    tfunc *f = func("main", 0, 0, 4, 0);
    op(f, CK_OP_LIH, 0, 0);
    op(f, CK_OP_CALL, 1, 0);
    op(f, CK_OP_RET);
    f = func("callee", 0, 0, nregs, frame);
    op(f, CK_OP_NOP);
    return f;
}

START_TEST(test_exit_status)
{
    reset();
    tfunc *f = func("main", 0, 1, 1, 0);
    op(f, CK_OP_LI, 0, (uint32_t)0x12345);
    op(f, CK_OP_NOP);
    op(f, CK_OP_RET);
    ck_assert_int_eq(run(0), CK_EXIT);
    ck_assert_uint_eq(vm.exit_status, 0x12345);

    reset();
    f = func("main", 0, 0, 1, 0);                  /* no result: status 0 */
    op(f, CK_OP_LIH, 0, 7);
    op(f, CK_OP_RET);
    ck_assert_int_eq(run(0), CK_EXIT);
    ck_assert_uint_eq(vm.exit_status, 0);

    reset();                                        /* sys.exit from a nested call */
    import("sys.exit", 1, 1, 0);
    f = func("main", 0, 1, 2, 0);
    op(f, CK_OP_CALL, 1, 1);
    op(f, CK_OP_LIH, 0, 1);
    op(f, CK_OP_RET);
    f = func("quit", 0, 0, 1, 16);
    op(f, CK_OP_LIH, 0, 33);
    op(f, CK_OP_CALLN, 0, 0);
    op(f, CK_OP_TRAP);
    ck_assert_int_eq(run(0), CK_EXIT);
    ck_assert_uint_eq(vm.exit_status, 33);
    ck_assert_int_eq(vm.fault.kind, CK_EXIT);
    ck_assert_str_eq(ck_vm_func_name(&vm, 1), "quit");
    ck_assert_ptr_null(ck_vm_func_name(&vm, 2));

    T.names = 0;
    build();
    ck_assert_int_eq(load(), 0);
    ck_assert_ptr_null(ck_vm_func_name(&vm, 0));
}
END_TEST

START_TEST(test_moves)
{
    ck_assert_uint_eq(E(MOV, 0xdeadbeef, 0), 0xdeadbeef);
    ck_assert_uint_eq(E(MOV64, 0x0123456789abcdefull, 0), 0x0123456789abcdefull);
    ck_assert_uint_eq(E(LIH, 0, 0), 0);

    reset();
    import("t.out", 1, 1, 0);
    import("t.out2", 1, 2, 0);
    tfunc *f = func("main", 0, 0, 8, 0);
    op(f, CK_OP_LIH, 0, -2);
    op(f, CK_OP_CALLN, 0, 0);
    op(f, CK_OP_LIH, 0, 0x7fff);
    op(f, CK_OP_CALLN, 0, 0);
    op(f, CK_OP_LI, 0, (uint32_t)0x80000000u);
    op(f, CK_OP_CALLN, 0, 0);
    op(f, CK_OP_LI64, 0, (uint64_t)0xfedcba9876543210ull);
    op(f, CK_OP_CALLN, 1, 0);
    /* overlapping pair moves read both words first */
    op(f, CK_OP_LI64, 1, (uint64_t)0x2222222211111111ull);
    op(f, CK_OP_MOV64, 2, 1);
    op(f, CK_OP_CALLN, 1, 2);
    op(f, CK_OP_LI64, 2, (uint64_t)0x4444444433333333ull);
    op(f, CK_OP_MOV64, 1, 2);
    op(f, CK_OP_CALLN, 1, 1);
    op(f, CK_OP_RET);
    ck_assert_int_eq(run(0), CK_EXIT);
    ck_assert_int_eq(nout, 9);
    ck_assert_uint_eq(outv[0], 0xfffffffe);
    ck_assert_uint_eq(outv[1], 0x7fff);
    ck_assert_uint_eq(outv[2], 0x80000000u);
    ck_assert_uint_eq(outv[3], 0x76543210);
    ck_assert_uint_eq(outv[4], 0xfedcba98);
    ck_assert_uint_eq(outv[5], 0x11111111);
    ck_assert_uint_eq(outv[6], 0x22222222);
    ck_assert_uint_eq(outv[7], 0x33333333);
    ck_assert_uint_eq(outv[8], 0x44444444);
}
END_TEST

START_TEST(test_cmp32)
{
    ck_assert_uint_eq(E(EQ, 5, 5), 1);
    ck_assert_uint_eq(E(EQ, 5, 6), 0);
    ck_assert_uint_eq(E(NE, 5, 6), 1);
    ck_assert_uint_eq(E(NE, 5, 5), 0);
    ck_assert_uint_eq(E(LTS, -1, 0), 1);
    ck_assert_uint_eq(E(LTS, 0, -1), 0);
    ck_assert_uint_eq(E(LTU, -1, 0), 0);
    ck_assert_uint_eq(E(LTU, 0, -1), 1);
    ck_assert_uint_eq(E(LES, 3, 3), 1);
    ck_assert_uint_eq(E(LES, 4, 3), 0);
    ck_assert_uint_eq(E(LES, 0x80000000u, 0x7fffffff), 1);
    ck_assert_uint_eq(E(LEU, 3, -1), 1);
    ck_assert_uint_eq(E(LEU, -1, 3), 0);
    ck_assert_uint_eq(E(EQI, -1, -1), 1);
    ck_assert_uint_eq(E(EQI, 0xffff, -1), 0);
    ck_assert_uint_eq(E(NEI, 0xffff, -1), 1);
    ck_assert_uint_eq(E(LTSI, -5, -4), 1);
    ck_assert_uint_eq(E(LTSI, -4, -4), 0);
    ck_assert_uint_eq(E(LTUI, 5, -1), 1);                /* against 0xffffffff */
    ck_assert_uint_eq(E(LTUI, 0xffffffff, -1), 0);
    ck_assert_uint_eq(E(GTSI, 0, -1), 1);
    ck_assert_uint_eq(E(GTSI, -2, -1), 0);
    ck_assert_uint_eq(E(GTUI, 0xffffffff, -2), 1);
    ck_assert_uint_eq(E(GTUI, 3, 3), 0);
    ck_assert_uint_eq(E3(SELECT, 1, 10, 20), 10);
    ck_assert_uint_eq(E3(SELECT, 0, 10, 20), 20);
    ck_assert_uint_eq(E3(SELECT, 0x80000000u, 10, 20), 10);
}
END_TEST

START_TEST(test_memory)
{
    reset();
    import("t.out", 1, 1, 0);
    import("t.out2", 1, 2, 0);
    T.bss = 64;
    tfunc *f = func("main", 0, 0, 10, 0);
    op(f, CK_OP_LI, 8, (uint32_t)CK_MEM_BASE);
    op(f, CK_OP_LI, 1, (uint32_t)0x81828384u);
    op(f, CK_OP_ST32, 1, 8, 1);                      /* unaligned */
    op(f, CK_OP_LD8S, 0, 8, 1);
    op(f, CK_OP_CALLN, 0, 0);                        /* 0xffffff84 */
    op(f, CK_OP_LD8U, 0, 8, 1);
    op(f, CK_OP_CALLN, 0, 0);                        /* 0x84 */
    op(f, CK_OP_LD16S, 0, 8, 3);
    op(f, CK_OP_CALLN, 0, 0);                        /* 0xffff8182 */
    op(f, CK_OP_LD16U, 0, 8, 3);
    op(f, CK_OP_CALLN, 0, 0);                        /* 0x8182 */
    op(f, CK_OP_LD32, 0, 8, 0);
    op(f, CK_OP_CALLN, 0, 0);                        /* 0x82838400 */
    op(f, CK_OP_LIH, 1, 0x1234);
    op(f, CK_OP_ST16, 1, 8, 9);
    op(f, CK_OP_LIH, 1, 0x56);
    op(f, CK_OP_ST8, 1, 8, 11);
    op(f, CK_OP_LD32, 0, 8, 8);
    op(f, CK_OP_CALLN, 0, 0);                        /* 0x00563400 + 0x12... = 0x56123400 */
    op(f, CK_OP_LI64, 2, (uint64_t)0x1122334455667788ull);
    op(f, CK_OP_ADDI, 9, 8, 20);                     /* base register + negative offset */
    op(f, CK_OP_ST64, 2, 9, -3);
    op(f, CK_OP_LD64, 0, 8, 17);
    op(f, CK_OP_CALLN, 1, 0);
    op(f, CK_OP_LD32, 0, 8, 17);
    op(f, CK_OP_CALLN, 0, 0);                        /* little endian: 0x55667788 */
    /* memset 8 bytes at +32 to 0xab, memcpy them to +40, memmove overlapping by 1 */
    op(f, CK_OP_ADDI, 2, 8, 32);
    op(f, CK_OP_LI, 3, (uint32_t)0x1ab);
    op(f, CK_OP_LIH, 4, 8);
    op(f, CK_OP_MEMSET, 2, 3, 4);
    op(f, CK_OP_ADDI, 5, 8, 40);
    op(f, CK_OP_MEMCPY, 5, 2, 4);
    op(f, CK_OP_LD64, 0, 8, 36);
    op(f, CK_OP_CALLN, 1, 0);                        /* abababab abababab */
    op(f, CK_OP_LI64, 0, (uint64_t)0x0807060504030201ull);
    op(f, CK_OP_ST64, 0, 8, 48);
    op(f, CK_OP_ADDI, 2, 8, 49);
    op(f, CK_OP_ADDI, 5, 8, 48);
    op(f, CK_OP_LIH, 4, 7);
    op(f, CK_OP_MEMMOVE, 2, 5, 4);                   /* forward overlap */
    op(f, CK_OP_LD64, 0, 8, 48);
    op(f, CK_OP_CALLN, 1, 0);                        /* 0x0706050403020101 */
    op(f, CK_OP_MEMCPY, 5, 2, 4);                    /* backward overlap behaves as memmove */
    op(f, CK_OP_LD64, 0, 8, 48);
    op(f, CK_OP_CALLN, 1, 0);                        /* 0x0707060504030201 */
    /* zero-length bulk operations do nothing, even at bad addresses */
    op(f, CK_OP_LIH, 4, 0);
    op(f, CK_OP_LIH, 2, 0);
    op(f, CK_OP_MEMSET, 2, 3, 4);
    op(f, CK_OP_MEMCPY, 2, 2, 4);
    op(f, CK_OP_MEMMOVE, 2, 2, 4);
    /* a 64-bit load into the pair that holds its base */
    op(f, CK_OP_LD64, 8, 8, 48);
    op(f, CK_OP_CALLN, 1, 8);                        /* 0x0707060504030201 */
    op(f, CK_OP_RET);
    ck_assert_int_eq(run(0), CK_EXIT);
    uint32_t want[] = {0xffffff84, 0x84, 0xffff8182, 0x8182, 0x82838400, 0x56123400,
                       0x55667788, 0x11223344, 0x55667788, 0xabababab, 0xabababab,
                       0x03020101, 0x07060504, 0x04030201, 0x07070605, 0x04030201, 0x07070605};
    ck_assert_int_eq(nout, (int)(sizeof want / sizeof want[0]));
    for (int i = 0; i < nout; i++) ck_assert_msg(outv[i] == want[i], "value %d: %08x, expected %08x", i, outv[i], want[i]);
}
END_TEST

START_TEST(test_calls)
{
    reset();
    import("t.out", 1, 1, 0);
    import("t.two", 2, 1, 2);
    /* main: windows, results, registers below c untouched, calli, natives with results */
    tfunc *f = func("main", 0, 1, 12, 0);
    op(f, CK_OP_LIH, 0, 1);
    op(f, CK_OP_LIH, 1, 2);
    op(f, CK_OP_LIH, 2, 3);
    op(f, CK_OP_LIH, 3, 4);
    op(f, CK_OP_CALL, 1, 2);                          /* swap(r2, r3) */
    op(f, CK_OP_CALLN, 0, 0);                        /* 1 */
    op(f, CK_OP_CALLN, 0, 1);                        /* 2 */
    op(f, CK_OP_CALLN, 0, 2);                        /* 4 */
    op(f, CK_OP_CALLN, 0, 3);                        /* 3 */
    op(f, CK_OP_LIH, 5, 10);
    op(f, CK_OP_CALL, 2, 5);                          /* fib(10) */
    op(f, CK_OP_CALLN, 0, 5);                        /* 55 */
    op(f, CK_OP_LI, 4, (uint32_t)(1 + CK_FPTR_BIAS)); /* pointer to swap */
    op(f, CK_OP_LIH, 6, 7);
    op(f, CK_OP_LIH, 7, 8);
    op(f, CK_OP_CALLI, 4, 6);
    op(f, CK_OP_CALLN, 0, 6);                        /* 8 */
    op(f, CK_OP_CALLN, 0, 7);                        /* 7 */
    op(f, CK_OP_LIH, 8, 41);
    op(f, CK_OP_CALLN, 1, 8);                        /* t.two: r8 = 42, r9 = 99 */
    op(f, CK_OP_CALLN, 0, 8);
    op(f, CK_OP_CALLN, 0, 9);
    op(f, CK_OP_CALL, 3, 10);                         /* frames: see below */
    op(f, CK_OP_CALLN, 0, 10);
    op(f, CK_OP_LIH, 0, 5);
    op(f, CK_OP_RET);
    f = func("swap", 2, 2, 3, 0);
    op(f, CK_OP_MOV, 2, 0);
    op(f, CK_OP_MOV, 0, 1);
    op(f, CK_OP_MOV, 1, 2);
    op(f, CK_OP_RET);
    f = func("fib", 1, 1, 4, 0);                     /* recursive, frame-less */
    op(f, CK_OP_BLTSI, 0, 2, 0);
    op(f, CK_OP_ADDI, 2, 0, -1);
    op(f, CK_OP_CALL, 2, 2);
    op(f, CK_OP_ADDI, 3, 0, -2);
    op(f, CK_OP_CALL, 2, 3);
    op(f, CK_OP_ADD, 0, 2, 3);
    label(f, 0);
    op(f, CK_OP_RET);
    /* frames: store a value in our frame, call a function that writes its own, check ours */
    f = func("frames", 0, 1, 4, 12);
    op(f, CK_OP_FRAME, 1, 0);
    op(f, CK_OP_LI, 2, (uint32_t)0xc0ffee);
    op(f, CK_OP_ST32, 2, 1, 8);
    op(f, CK_OP_CALL, 4, 3);
    op(f, CK_OP_LD32, 0, 1, 8);
    op(f, CK_OP_SUB, 1, 1, 3);                        /* our base - its base = its frame size */
    op(f, CK_OP_ADD, 0, 0, 1);
    op(f, CK_OP_RET);
    f = func("clobber", 0, 1, 2, 24);
    op(f, CK_OP_FRAME, 0, 0);
    op(f, CK_OP_LIH, 1, -1);
    op(f, CK_OP_ST32, 1, 0, 0);
    op(f, CK_OP_ST32, 1, 0, 20);
    op(f, CK_OP_RET);
    ck_assert_int_eq(run(0), CK_EXIT);
    uint32_t want[] = {1, 2, 4, 3, 55, 8, 7, 42, 99, 0xc0ffee + 24};
    ck_assert_int_eq(nout, 10);
    for (int i = 0; i < nout; i++) ck_assert_msg(outv[i] == want[i], "value %d: %u, expected %u", i, outv[i], want[i]);
    ck_assert_uint_eq(vm.exit_status, 5);
}
END_TEST

START_TEST(test_fault_stack)
{
    /* guest stack: recursion with a 1 KiB frame; the fault is at the call in "down" */
    reset();
    tfunc *f = func("main", 0, 1, 2, 0);
    op(f, CK_OP_LIH, 1, 0);
    op(f, CK_OP_CALL, 1, 1);
    op(f, CK_OP_MOV, 0, 1);
    op(f, CK_OP_RET);
    f = func("down", 1, 1, 2, 1024);
    op(f, CK_OP_FRAME, 1, 0);
    op(f, CK_OP_ST32, 0, 1, 0);
    op(f, CK_OP_ADDI, 1, 0, 1);
    op(f, CK_OP_CALL, 1, 1);
    op(f, CK_OP_MOV, 0, 1);
    op(f, CK_OP_RET);
    expect_fault(run(0), CK_FAULT_STACK, 1, 14);
    ck_assert_uint_eq(vm.fault.addr, 0);

    /* register stack: each window 8 registers above its caller's */
    reset();
    f = func("main", 0, 1, 9, 0);
    op(f, CK_OP_LIH, 8, 0);
    op(f, CK_OP_CALL, 1, 8);
    op(f, CK_OP_RET);
    f = func("deep", 1, 1, 9, 0);
    op(f, CK_OP_ADDI, 8, 0, 1);
    op(f, CK_OP_CALL, 1, 8);
    op(f, CK_OP_RET);
    expect_fault(run(0), CK_FAULT_STACK, 1, 5);

    /* call depth: windows that do not move */
    reset();
    f = func("main", 0, 1, 1, 0);
    op(f, CK_OP_CALL, 1, 0);
    op(f, CK_OP_RET);
    f = func("spin", 0, 1, 1, 0);
    op(f, CK_OP_CALL, 1, 0);
    op(f, CK_OP_RET);
    expect_fault(run(0), CK_FAULT_STACK, 1, 0);
    /* the budget is charged before the stack check */
    build();
    ck_assert_int_eq(load(), 0);
    uint32_t depth = vm.max_depth;                    /* depth calls fit, one unit each */
    expect_fault(ck_vm_run(&vm, depth + 1), CK_FAULT_STACK, 1, 0);
    ck_assert_int_eq(load(), 0);
    expect_fault(ck_vm_run(&vm, depth), CK_FAULT_BUDGET, 1, 0);

    /* the entry's own frame larger than the stack */
    reset();
    T.stack = 64;
    f = func("main", 0, 0, 1, 72);
    op(f, CK_OP_RET);
    expect_fault(run(0), CK_FAULT_STACK, 0, 0);
    T.f[0].frame = 64;
    ck_assert_int_eq(run(0), CK_EXIT);
}
END_TEST

START_TEST(test_memory_top)
{
    static const struct { int st, ld, w; uint64_t want; } acc[] = {
        {CK_OP_ST8,  CK_OP_LD8U,  1, 0xf1}, {CK_OP_ST8,  CK_OP_LD8S,  1, 0xfffffff1},
        {CK_OP_ST16, CK_OP_LD16U, 2, 0xf2f1}, {CK_OP_ST16, CK_OP_LD16S, 2, 0xfffff2f1},
        {CK_OP_ST32, CK_OP_LD32,  4, 0xf4f3f2f1}, {CK_OP_ST64, CK_OP_LD64, 8, 0x88776655f4f3f2f1ull},
    };
    for (size_t k = 0; k < sizeof acc / sizeof acc[0]; k++) {
        for (uint32_t o = 65536 - 12; o <= 65536 + 1; o++) {
            for (int via_imm = 0; via_imm < 2; via_imm++) {
                int h = via_imm ? 1000 : 0;
                reset();
                import("t.out", 1, 1, 0);
                import("t.out2", 1, 2, 0);
                tfunc *f = func("main", 0, 0, 6, 0);
                op(f, CK_OP_LI, 0, (uint32_t)(CK_MEM_BASE + o - (uint32_t)h));
                op(f, CK_OP_LI64, 2, (uint64_t)0x88776655f4f3f2f1ull);
                op(f, acc[k].st, 2, 0, h);                   /* pc 16 */
                op(f, acc[k].ld, 4, 0, h);
                op(f, CK_OP_CALLN, acc[k].w == 8 ? 1 : 0, 4);
                op(f, CK_OP_RET);
                int rc = run(0);
                if (o + (uint32_t)acc[k].w <= 65536) {
                    ck_assert_msg(rc == CK_EXIT, "width %d at size-%u: fault %d", acc[k].w, 65536 - o, rc);
                    uint64_t got = acc[k].w == 8 ? (uint64_t)outv[1] << 32 | outv[0] : outv[0];
                    ck_assert_msg(got == acc[k].want, "width %d at size-%u: %016" PRIx64, acc[k].w, 65536 - o, got);
                    ck_assert_uint_eq(vm.mem[o], 0xf1);
                } else {
                    expect_fault(rc, CK_FAULT_OOB, 0, 16);
                    ck_assert_uint_eq(vm.fault.addr, CK_MEM_BASE + o);
                    if (o < 65536) ck_assert_uint_eq(vm.mem[o], 0);   /* nothing written */
                }
            }
        }
    }
    /* the loads alone fault at the same place (the store is skipped) */
    for (size_t k = 0; k < sizeof acc / sizeof acc[0]; k++) {
        reset();
        tfunc *f = func("main", 0, 0, 6, 0);
        op(f, CK_OP_LI, 0, (uint32_t)(CK_MEM_BASE + 65536 - acc[k].w + 1));
        op(f, acc[k].ld, 4, 0, 0);                           /* pc 6 */
        op(f, CK_OP_RET);
        expect_fault(run(0), CK_FAULT_OOB, 0, 6);
        ck_assert_uint_eq(vm.fault.addr, CK_MEM_BASE + 65536 - acc[k].w + 1);
    }
}
END_TEST

START_TEST(test_layout)
{
    /* RODATA 12 bytes at 0x100, DATA at 0x110, BSS (20) at 0x118, heap at 0x130, 64 KiB memory */
    reset();
    import("t.out", 1, 1, 0);
    import("sys.heap", 1, 0, 2);
    memcpy(T.ro, "twelve bytes", 12);
    T.nro = 12;
    T.data[0] = 0xaa, T.data[3] = 0x55;
    T.ndata = 4;
    T.bss = 20;
    T.stack = 8192;
    tfunc *f = func("main", 0, 1, 8, 16);
    op(f, CK_OP_CALLN, 1, 1);                      /* r1 heap, r2 stack limit */
    op(f, CK_OP_CALLN, 0, 1);
    op(f, CK_OP_CALLN, 0, 2);
    op(f, CK_OP_FRAME, 1, 0);
    op(f, CK_OP_CALLN, 0, 1);                      /* main's frame: top - 16 */
    op(f, CK_OP_CALL, 1, 1);
    op(f, CK_OP_CALLN, 0, 1);                      /* inner's frame: 8 below */
    op(f, CK_OP_LI, 3, (uint32_t)0x100);
    op(f, CK_OP_LD8U, 1, 3, 0);
    op(f, CK_OP_CALLN, 0, 1);                      /* 't' */
    op(f, CK_OP_LD32, 1, 3, 0x10);
    op(f, CK_OP_CALLN, 0, 1);                      /* DATA word */
    op(f, CK_OP_LD32, 1, 3, 0x18);
    op(f, CK_OP_CALLN, 0, 1);                      /* BSS is zero */
    op(f, CK_OP_LD32, 1, 3, 0x2c);
    op(f, CK_OP_CALLN, 0, 1);                      /* the last BSS word */
    op(f, CK_OP_FRAME, 3, 15);                     /* the last byte of guest memory */
    op(f, CK_OP_LIH, 4, 0x5a);
    op(f, CK_OP_ST8, 4, 3, 0);
    op(f, CK_OP_LD8U, 1, 3, 0);
    op(f, CK_OP_CALLN, 0, 1);
    op(f, CK_OP_LIH, 0, 0);
    op(f, CK_OP_RET);
    f = func("inner", 0, 1, 1, 5);
    op(f, CK_OP_FRAME, 0, 0);
    op(f, CK_OP_RET);
    ck_assert_int_eq(run(0), CK_EXIT);
    ck_assert_int_eq(nout, 9);
    ck_assert_uint_eq(outv[0], 0x130);
    ck_assert_uint_eq(outv[1], 0x10100 - 8192);
    ck_assert_uint_eq(outv[2], 0x10100 - 16);
    ck_assert_uint_eq(outv[3], 0x10100 - 24);
    ck_assert_uint_eq(outv[4], 't');
    ck_assert_uint_eq(outv[5], 0x550000aa);
    ck_assert_uint_eq(outv[6], 0);
    ck_assert_uint_eq(outv[7], 0);
    ck_assert_uint_eq(outv[8], 0x5a);
    ck_assert_uint_eq(vm.heap_start, 0x130);
    ck_assert_uint_eq(vm.stack_top, 0x10100);
    ck_assert_uint_eq(vm.mem_size, 65536);

    /* odd memory sizes round down to 8; a stack size of 0 means the default */
    T.stack = 0;
    mem_size = 65541;
    build();
    ck_assert_int_eq(load(), 0);
    ck_assert_uint_eq(vm.mem_size, 65536);
    ck_assert_uint_eq(vm.stack_limit, 0x10100 - CK_DEFAULT_STACK);
    mem_size = 65536;

    /* exactly enough memory loads; 8 bytes less does not */
    T.bss = 0, T.ndata = 0, T.nro = 8, T.stack = 56;
    mem_size = 64;
    build();
    ck_assert_int_eq(load(), 0);
    T.nro = 9;
    build();
    reject_built("needs 72 bytes of guest memory");
    mem_size = 65536;
}
END_TEST

START_TEST(test_call_limits)
{
    /* call depth: main calls down(N), down(n) calls down(n - 1) down to down(0) (N + 1 nested
     * calls, windows one register apart) and returns n */
    reset();
    tfunc *f = func("main", 0, 1, 2, 0);
    op(f, CK_OP_LI, 1, 0u);                           /* N, patched below */
    op(f, CK_OP_CALL, 1, 1);
    op(f, CK_OP_MOV, 0, 1);
    op(f, CK_OP_RET);
    f = func("down", 1, 1, 2, 0);
    op(f, CK_OP_BRZ, 0, 0);
    op(f, CK_OP_ADDI, 1, 0, -1);
    op(f, CK_OP_CALL, 1, 1);                          /* pc 9 */
    op(f, CK_OP_ADDI, 0, 1, 1);
    label(f, 0);
    op(f, CK_OP_RET);
    build();
    ck_assert_msg(load() == 0, "load failed: %s", err);
    uint32_t depth = vm.max_depth;
    ck_assert_uint_ge(depth, 2);
    ck_assert_uint_le(depth, CK_MAX_CALL_DEPTH);
    ck_assert_uint_gt(vm.nregs_total, depth + 2);
    put32(T.f[0].code + 2, depth - 1);
    ck_assert_int_eq(run(0), CK_EXIT);
    ck_assert_uint_eq(vm.exit_status, depth - 1);
    put32(T.f[0].code + 2, depth);
    expect_fault(run(0), CK_FAULT_STACK, 1, 9);

    /* register stack: deep(N) windows 100 registers apart down to deep(0), which calls a leaf
     * whose window ends exactly at the end of the register stack; one register more faults */
    reset();
    f = func("main", 0, 0, 2, 0);
    op(f, CK_OP_LI, 1, 0u);                           /* N, patched below */
    op(f, CK_OP_CALL, 1, 1);
    op(f, CK_OP_RET);
    f = func("deep", 1, 0, 101, 0);
    op(f, CK_OP_BRZ, 0, 0);
    op(f, CK_OP_ADDI, 100, 0, -1);
    op(f, CK_OP_CALL, 1, 100);
    op(f, CK_OP_RET);
    label(f, 0);
    op(f, CK_OP_CALL, 2, 100);                        /* pc 14 */
    op(f, CK_OP_RET);
    f = func("leaf", 0, 0, 1, 0);
    op(f, CK_OP_RET);
    build();
    ck_assert_msg(load() == 0, "load failed: %s", err);
    uint32_t total = vm.nregs_total, n = (total - 1u) / 100u - 2u, leaf = total - 1u - 100u * (n + 1u);
    ck_assert_uint_ge(leaf, 100);                     /* main's window at 0, deep(n)'s at 1 */
    ck_assert_uint_lt(leaf, 200);
    ck_assert_uint_le(n + 2u, vm.max_depth);
    put32(T.f[0].code + 2, n);
    T.f[2].nregs = (uint8_t)leaf;
    ck_assert_int_eq(run(0), CK_EXIT);
    T.f[2].nregs = (uint8_t)(leaf + 1u);
    expect_fault(run(0), CK_FAULT_STACK, 1, 14);
    put32(T.f[0].code + 2, n + 2u);                   /* deep(0)'s own window does not fit */
    T.f[2].nregs = 1;
    expect_fault(run(0), CK_FAULT_STACK, 1, 9);

    /* guest stack: main's frame 8 bytes below the top, a callee's frame all the rest (it starts
     * at the stack limit); then main's frame is where it was; 8 bytes more, or a frame that
     * rounds up to them, fault */
    reset();
    import("t.out", 1, 1, 0);
    T.stack = 256;
    f = func("main", 0, 1, 2, 8);
    op(f, CK_OP_CALL, 1, 1);                          /* pc 0 */
    op(f, CK_OP_CALLN, 0, 1);
    op(f, CK_OP_FRAME, 1, 0);
    op(f, CK_OP_CALLN, 0, 1);
    op(f, CK_OP_CALL, 1, 1);                          /* pc 12: the same frame again */
    op(f, CK_OP_CALLN, 0, 1);
    op(f, CK_OP_LIH, 0, 0);
    op(f, CK_OP_RET);
    f = func("all", 0, 1, 1, 248);
    op(f, CK_OP_FRAME, 0, 0);
    op(f, CK_OP_RET);
    ck_assert_int_eq(run(0), CK_EXIT);
    ck_assert_int_eq(nout, 3);
    ck_assert_uint_eq(outv[0], vm.stack_limit);
    ck_assert_uint_eq(outv[1], vm.stack_top - 8);
    ck_assert_uint_eq(outv[2], vm.stack_limit);
    T.f[1].frame = 249;
    expect_fault(run(0), CK_FAULT_STACK, 0, 0);
    T.f[1].frame = 256;
    expect_fault(run(0), CK_FAULT_STACK, 0, 0);

    /* calli checks the window of the running function: g (3 registers) cannot pass 2 arguments
     * at r2, main (10 registers) can, also after g has returned */
    reset();
    f = func("main", 0, 1, 10, 0);
    op(f, CK_OP_CALL, 1, 0);
    op(f, CK_OP_LI, 0, (uint32_t)(2 + CK_FPTR_BIAS));
    op(f, CK_OP_LIH, 2, 20);
    op(f, CK_OP_LIH, 3, 22);
    op(f, CK_OP_CALLI, 0, 2);
    op(f, CK_OP_MOV, 0, 2);
    op(f, CK_OP_RET);
    f = func("g", 0, 0, 3, 0);
    op(f, CK_OP_LI, 0, (uint32_t)(2 + CK_FPTR_BIAS));
    op(f, CK_OP_CALLI, 0, 2);                         /* pc 6 */
    op(f, CK_OP_RET);
    f = func("add2", 2, 1, 2, 0);
    op(f, CK_OP_ADD, 0, 0, 1);
    op(f, CK_OP_RET);
    expect_fault(run(0), CK_FAULT_CALLI, 1, 6);
    T.f[1].code[8] = 1;                               /* g's window r1: fits */
    ck_assert_int_eq(run(0), CK_EXIT);
    ck_assert_uint_eq(vm.exit_status, 42);

    /* a fault after a return is the caller's */
    reset();
    f = func("main", 0, 0, 2, 0);
    op(f, CK_OP_CALL, 1, 1);
    op(f, CK_OP_TRAP);                                /* pc 4 */
    f = func("g", 0, 0, 1, 8);
    op(f, CK_OP_RET);
    expect_fault(run(0), CK_FAULT_TRAP, 0, 4);
}
END_TEST

START_TEST(test_fault_memory)
{
    /* load just past the end; the last word is fine */
    tfunc *f = fault_in_callee(3, 0);
    op(f, CK_OP_LI, 0, (uint32_t)(CK_MEM_BASE + 65536 - 4));
    op(f, CK_OP_LD32, 1, 0, 0);
    op(f, CK_OP_LD32, 1, 0, 1);                      /* pc 12 */
    op(f, CK_OP_RET);
    expect_fault(run(0), CK_FAULT_OOB, 1, 12);
    ck_assert_uint_eq(vm.fault.addr, CK_MEM_BASE + 65536 - 3);

    /* a null pointer and the guard below CK_MEM_BASE */
    f = fault_in_callee(3, 0);
    op(f, CK_OP_LIH, 0, 0);
    op(f, CK_OP_ST8, 0, 0, 0);
    op(f, CK_OP_RET);
    expect_fault(run(0), CK_FAULT_OOB, 1, 5);
    ck_assert_uint_eq(vm.fault.addr, 0);
    f = fault_in_callee(3, 0);
    op(f, CK_OP_LI, 0, (uint32_t)CK_MEM_BASE);
    op(f, CK_OP_LD8U, 1, 0, -1);
    op(f, CK_OP_RET);
    expect_fault(run(0), CK_FAULT_OOB, 1, 7);
    ck_assert_uint_eq(vm.fault.addr, CK_MEM_BASE - 1);
    /* 64-bit accesses at the bottom: the first byte below memory, and the range that wraps */
    f = fault_in_callee(4, 0);
    op(f, CK_OP_LI, 0, (uint32_t)CK_MEM_BASE);
    op(f, CK_OP_ST64, 2, 0, -1);
    op(f, CK_OP_RET);
    expect_fault(run(0), CK_FAULT_OOB, 1, 7);
    ck_assert_uint_eq(vm.fault.addr, CK_MEM_BASE - 1);
    /* wrap-around: the address rb + h is computed modulo 2^32 */
    f = fault_in_callee(3, 0);
    op(f, CK_OP_LI, 0, (uint32_t)CK_MEM_BASE);
    op(f, CK_OP_LIH, 1, 0x1234);
    op(f, CK_OP_ST16, 1, 0, 0);
    op(f, CK_OP_LIH, 0, -2);
    op(f, CK_OP_LD16U, 1, 0, 0x102);                 /* 0xfffffffe + 0x102 = 0x100 */
    op(f, CK_OP_CALLN, 0, 1);
    op(f, CK_OP_RET);
    ck_assert_int_eq(run(0), CK_EXIT);
    ck_assert_int_eq(nout, 1);
    ck_assert_uint_eq(outv[0], 0x1234);
    f = fault_in_callee(3, 0);
    op(f, CK_OP_LIH, 0, -2);
    op(f, CK_OP_LD32, 1, 0, 0x100);                  /* 0xfe..0x101: starts below memory */
    op(f, CK_OP_RET);
    expect_fault(run(0), CK_FAULT_OOB, 1, 5);
    ck_assert_uint_eq(vm.fault.addr, 0xfe);
    f = fault_in_callee(3, 0);
    op(f, CK_OP_LIH, 0, -4);
    op(f, CK_OP_LD64, 1, 0, 0);                      /* 0xfffffffc..0x3: the range itself wraps */
    op(f, CK_OP_RET);
    expect_fault(run(0), CK_FAULT_OOB, 1, 5);
    ck_assert_uint_eq(vm.fault.addr, 0xfffffffc);
    f = fault_in_callee(3, 0);
    op(f, CK_OP_LIH, 0, -2);
    op(f, CK_OP_LD16U, 1, 0, 0x101);
    op(f, CK_OP_RET);
    expect_fault(run(0), CK_FAULT_OOB, 1, 5);
    ck_assert_uint_eq(vm.fault.addr, 0xff);
    /* a 64-bit store straddling the end */
    f = fault_in_callee(4, 0);
    op(f, CK_OP_LI, 0, (uint32_t)(CK_MEM_BASE + 65536 - 7));
    op(f, CK_OP_ST64, 2, 0, 0);
    op(f, CK_OP_RET);
    expect_fault(run(0), CK_FAULT_OOB, 1, 7);
    ck_assert_uint_eq(vm.fault.addr, CK_MEM_BASE + 65536 - 7);
    ck_assert_uint_eq(vm.mem[65536 - 7], 0);
    /* bulk operations */
    f = fault_in_callee(4, 0);
    op(f, CK_OP_LI, 0, (uint32_t)(CK_MEM_BASE + 65536 - 8));
    op(f, CK_OP_LIH, 1, 0);
    op(f, CK_OP_LIH, 2, 9);
    op(f, CK_OP_MEMSET, 0, 1, 2);
    op(f, CK_OP_RET);
    expect_fault(run(0), CK_FAULT_OOB, 1, 15);
    ck_assert_uint_eq(vm.fault.addr, CK_MEM_BASE + 65536 - 8);
    f = fault_in_callee(4, 0);
    op(f, CK_OP_LI, 0, (uint32_t)CK_MEM_BASE);
    op(f, CK_OP_LI, 1, (uint32_t)(CK_MEM_BASE + 65536 - 8));
    op(f, CK_OP_LIH, 2, 9);
    op(f, CK_OP_MEMCPY, 0, 1, 2);                    /* the source is out */
    op(f, CK_OP_RET);
    expect_fault(run(0), CK_FAULT_OOB, 1, 17);
    ck_assert_uint_eq(vm.fault.addr, CK_MEM_BASE + 65536 - 8);
    f = fault_in_callee(4, 0);
    op(f, CK_OP_LIH, 0, 0);
    op(f, CK_OP_LI, 1, (uint32_t)(CK_MEM_BASE + 65536 - 8));
    op(f, CK_OP_LIH, 2, 9);
    op(f, CK_OP_MEMMOVE, 0, 1, 2);                   /* both out: the destination is reported */
    op(f, CK_OP_RET);
    expect_fault(run(0), CK_FAULT_OOB, 1, 15);
    ck_assert_uint_eq(vm.fault.addr, 0);
    f = fault_in_callee(4, 0);
    op(f, CK_OP_LI, 0, (uint32_t)CK_MEM_BASE);
    op(f, CK_OP_LI, 2, 0xffffffffu);
    op(f, CK_OP_MEMMOVE, 0, 0, 2);                   /* a huge length */
    op(f, CK_OP_RET);
    expect_fault(run(0), CK_FAULT_OOB, 1, 13);
    ck_assert_uint_eq(vm.fault.addr, CK_MEM_BASE);
    /* a native's access */
    reset();
    import("t.peek", 1, 1, 1);
    f = func("main", 0, 0, 1, 0);
    op(f, CK_OP_LI, 0, (uint32_t)(CK_MEM_BASE + 65536 - 3));
    op(f, CK_OP_CALLN, 0, 0);
    op(f, CK_OP_RET);
    expect_fault(run(0), CK_FAULT_OOB, 0, 6);
    ck_assert_uint_eq(vm.fault.addr, CK_MEM_BASE + 65536 - 3);
    /* ck_vm_ptr itself */
    ck_assert_ptr_eq(ck_vm_ptr(&vm, 0, 0), vm.mem);
    ck_assert_ptr_eq(ck_vm_ptr(&vm, CK_MEM_BASE + 65536 - 4, 4), vm.mem + 65536 - 4);
    ck_assert_ptr_null(ck_vm_ptr(&vm, CK_MEM_BASE - 1, 2));
    ck_assert_uint_eq(vm.fault.addr, CK_MEM_BASE - 1);
    ck_assert_ptr_null(ck_vm_ptr(&vm, CK_MEM_BASE, 65537));
}
END_TEST

#endif
