; The integer intrinsics of issue #3 (min/max/abs, bit counts, byte and bit reversal, funnel
; shifts, overflow and saturating arithmetic) on i8..i64 and the odd widths i5, i24, i48 (no
; overflow or saturating arithmetic: unsupported on i33..i63), with
; inputs the optimiser cannot see (the global @in). Reference: clang for the host (ll.sh).
; Written by gen.py.
declare void @"\01io.print_i64"(i64)
declare i32 @"\01io.putchar"(i32)

define internal void @p(i64 %v) {
  call void @"\01io.print_i64"(i64 %v)
  %c = call i32 @"\01io.putchar"(i32 32)
  ret void
}

define internal void @nl() {
  %c = call i32 @"\01io.putchar"(i32 10)
  ret void
}

@in = global [32 x i64] [i64 0, i64 0, i64 1, i64 1, i64 -1, i64 1, i64 5, i64 -3, i64 -7, i64 2, i64 127, i64 128, i64 255, i64 32767, i64 32768, i64 -32768, i64 2147483647, i64 1, i64 -2147483648, i64 -1, i64 1311768467463790320, i64 1147797409030816545, i64 -9223372036854775808, i64 -1, i64 9223372036854775807, i64 9223372036854775807, i64 -6510615555426900571, i64 4340410370284600380, i64 37, i64 29, i64 -100, i64 64]

declare i16 @llvm.abs.i16(i16, i1)
declare i16 @llvm.bitreverse.i16(i16)
declare i16 @llvm.bswap.i16(i16)
declare i16 @llvm.ctlz.i16(i16, i1)
declare i16 @llvm.ctpop.i16(i16)
declare i16 @llvm.cttz.i16(i16, i1)
declare i16 @llvm.fshl.i16(i16, i16, i16)
declare i16 @llvm.fshr.i16(i16, i16, i16)
declare i16 @llvm.sadd.sat.i16(i16, i16)
declare i16 @llvm.smax.i16(i16, i16)
declare i16 @llvm.smin.i16(i16, i16)
declare i16 @llvm.ssub.sat.i16(i16, i16)
declare i16 @llvm.uadd.sat.i16(i16, i16)
declare i16 @llvm.umax.i16(i16, i16)
declare i16 @llvm.umin.i16(i16, i16)
declare i16 @llvm.usub.sat.i16(i16, i16)
declare i24 @llvm.abs.i24(i24, i1)
declare i24 @llvm.bitreverse.i24(i24)
declare i24 @llvm.ctlz.i24(i24, i1)
declare i24 @llvm.ctpop.i24(i24)
declare i24 @llvm.cttz.i24(i24, i1)
declare i24 @llvm.fshl.i24(i24, i24, i24)
declare i24 @llvm.fshr.i24(i24, i24, i24)
declare i24 @llvm.sadd.sat.i24(i24, i24)
declare i24 @llvm.smax.i24(i24, i24)
declare i24 @llvm.smin.i24(i24, i24)
declare i24 @llvm.ssub.sat.i24(i24, i24)
declare i24 @llvm.uadd.sat.i24(i24, i24)
declare i24 @llvm.umax.i24(i24, i24)
declare i24 @llvm.umin.i24(i24, i24)
declare i24 @llvm.usub.sat.i24(i24, i24)
declare i32 @llvm.abs.i32(i32, i1)
declare i32 @llvm.bitreverse.i32(i32)
declare i32 @llvm.bswap.i32(i32)
declare i32 @llvm.ctlz.i32(i32, i1)
declare i32 @llvm.ctpop.i32(i32)
declare i32 @llvm.cttz.i32(i32, i1)
declare i32 @llvm.fshl.i32(i32, i32, i32)
declare i32 @llvm.fshr.i32(i32, i32, i32)
declare i32 @llvm.sadd.sat.i32(i32, i32)
declare i32 @llvm.smax.i32(i32, i32)
declare i32 @llvm.smin.i32(i32, i32)
declare i32 @llvm.ssub.sat.i32(i32, i32)
declare i32 @llvm.uadd.sat.i32(i32, i32)
declare i32 @llvm.umax.i32(i32, i32)
declare i32 @llvm.umin.i32(i32, i32)
declare i32 @llvm.usub.sat.i32(i32, i32)
declare i48 @llvm.abs.i48(i48, i1)
declare i48 @llvm.bitreverse.i48(i48)
declare i48 @llvm.bswap.i48(i48)
declare i48 @llvm.ctlz.i48(i48, i1)
declare i48 @llvm.ctpop.i48(i48)
declare i48 @llvm.cttz.i48(i48, i1)
declare i48 @llvm.fshl.i48(i48, i48, i48)
declare i48 @llvm.fshr.i48(i48, i48, i48)
declare i48 @llvm.smax.i48(i48, i48)
declare i48 @llvm.smin.i48(i48, i48)
declare i48 @llvm.umax.i48(i48, i48)
declare i48 @llvm.umin.i48(i48, i48)
declare i5 @llvm.abs.i5(i5, i1)
declare i5 @llvm.bitreverse.i5(i5)
declare i5 @llvm.ctlz.i5(i5, i1)
declare i5 @llvm.ctpop.i5(i5)
declare i5 @llvm.cttz.i5(i5, i1)
declare i5 @llvm.fshl.i5(i5, i5, i5)
declare i5 @llvm.fshr.i5(i5, i5, i5)
declare i5 @llvm.sadd.sat.i5(i5, i5)
declare i5 @llvm.smax.i5(i5, i5)
declare i5 @llvm.smin.i5(i5, i5)
declare i5 @llvm.ssub.sat.i5(i5, i5)
declare i5 @llvm.uadd.sat.i5(i5, i5)
declare i5 @llvm.umax.i5(i5, i5)
declare i5 @llvm.umin.i5(i5, i5)
declare i5 @llvm.usub.sat.i5(i5, i5)
declare i64 @llvm.abs.i64(i64, i1)
declare i64 @llvm.bitreverse.i64(i64)
declare i64 @llvm.bswap.i64(i64)
declare i64 @llvm.ctlz.i64(i64, i1)
declare i64 @llvm.ctpop.i64(i64)
declare i64 @llvm.cttz.i64(i64, i1)
declare i64 @llvm.fshl.i64(i64, i64, i64)
declare i64 @llvm.fshr.i64(i64, i64, i64)
declare i64 @llvm.sadd.sat.i64(i64, i64)
declare i64 @llvm.smax.i64(i64, i64)
declare i64 @llvm.smin.i64(i64, i64)
declare i64 @llvm.ssub.sat.i64(i64, i64)
declare i64 @llvm.uadd.sat.i64(i64, i64)
declare i64 @llvm.umax.i64(i64, i64)
declare i64 @llvm.umin.i64(i64, i64)
declare i64 @llvm.usub.sat.i64(i64, i64)
declare i8 @llvm.abs.i8(i8, i1)
declare i8 @llvm.bitreverse.i8(i8)
declare i8 @llvm.ctlz.i8(i8, i1)
declare i8 @llvm.ctpop.i8(i8)
declare i8 @llvm.cttz.i8(i8, i1)
declare i8 @llvm.fshl.i8(i8, i8, i8)
declare i8 @llvm.fshr.i8(i8, i8, i8)
declare i8 @llvm.sadd.sat.i8(i8, i8)
declare i8 @llvm.smax.i8(i8, i8)
declare i8 @llvm.smin.i8(i8, i8)
declare i8 @llvm.ssub.sat.i8(i8, i8)
declare i8 @llvm.uadd.sat.i8(i8, i8)
declare i8 @llvm.umax.i8(i8, i8)
declare i8 @llvm.umin.i8(i8, i8)
declare i8 @llvm.usub.sat.i8(i8, i8)
declare { i16, i1 } @llvm.sadd.with.overflow.i16(i16, i16)
declare { i16, i1 } @llvm.smul.with.overflow.i16(i16, i16)
declare { i16, i1 } @llvm.ssub.with.overflow.i16(i16, i16)
declare { i16, i1 } @llvm.uadd.with.overflow.i16(i16, i16)
declare { i16, i1 } @llvm.umul.with.overflow.i16(i16, i16)
declare { i16, i1 } @llvm.usub.with.overflow.i16(i16, i16)
declare { i24, i1 } @llvm.sadd.with.overflow.i24(i24, i24)
declare { i24, i1 } @llvm.smul.with.overflow.i24(i24, i24)
declare { i24, i1 } @llvm.ssub.with.overflow.i24(i24, i24)
declare { i24, i1 } @llvm.uadd.with.overflow.i24(i24, i24)
declare { i24, i1 } @llvm.umul.with.overflow.i24(i24, i24)
declare { i24, i1 } @llvm.usub.with.overflow.i24(i24, i24)
declare { i32, i1 } @llvm.sadd.with.overflow.i32(i32, i32)
declare { i32, i1 } @llvm.smul.with.overflow.i32(i32, i32)
declare { i32, i1 } @llvm.ssub.with.overflow.i32(i32, i32)
declare { i32, i1 } @llvm.uadd.with.overflow.i32(i32, i32)
declare { i32, i1 } @llvm.umul.with.overflow.i32(i32, i32)
declare { i32, i1 } @llvm.usub.with.overflow.i32(i32, i32)
declare { i5, i1 } @llvm.sadd.with.overflow.i5(i5, i5)
declare { i5, i1 } @llvm.smul.with.overflow.i5(i5, i5)
declare { i5, i1 } @llvm.ssub.with.overflow.i5(i5, i5)
declare { i5, i1 } @llvm.uadd.with.overflow.i5(i5, i5)
declare { i5, i1 } @llvm.umul.with.overflow.i5(i5, i5)
declare { i5, i1 } @llvm.usub.with.overflow.i5(i5, i5)
declare { i64, i1 } @llvm.sadd.with.overflow.i64(i64, i64)
declare { i64, i1 } @llvm.smul.with.overflow.i64(i64, i64)
declare { i64, i1 } @llvm.ssub.with.overflow.i64(i64, i64)
declare { i64, i1 } @llvm.uadd.with.overflow.i64(i64, i64)
declare { i64, i1 } @llvm.umul.with.overflow.i64(i64, i64)
declare { i64, i1 } @llvm.usub.with.overflow.i64(i64, i64)
declare { i8, i1 } @llvm.sadd.with.overflow.i8(i8, i8)
declare { i8, i1 } @llvm.smul.with.overflow.i8(i8, i8)
declare { i8, i1 } @llvm.ssub.with.overflow.i8(i8, i8)
declare { i8, i1 } @llvm.uadd.with.overflow.i8(i8, i8)
declare { i8, i1 } @llvm.umul.with.overflow.i8(i8, i8)
declare { i8, i1 } @llvm.usub.with.overflow.i8(i8, i8)

define internal void @t8(i8 %a, i8 %b) {
  %t1 = call i8 @llvm.smin.i8(i8 %a, i8 %b)
  %t2 = sext i8 %t1 to i64
  call void @p(i64 %t2)
  %t3 = call i8 @llvm.smax.i8(i8 %a, i8 %b)
  %t4 = sext i8 %t3 to i64
  call void @p(i64 %t4)
  %t5 = call i8 @llvm.umin.i8(i8 %a, i8 %b)
  %t6 = zext i8 %t5 to i64
  call void @p(i64 %t6)
  %t7 = call i8 @llvm.umax.i8(i8 %a, i8 %b)
  %t8 = zext i8 %t7 to i64
  call void @p(i64 %t8)
  %t9 = call i8 @llvm.abs.i8(i8 %a, i1 false)
  %t10 = sext i8 %t9 to i64
  call void @p(i64 %t10)
  %t11 = call i8 @llvm.ctpop.i8(i8 %a)
  %t12 = zext i8 %t11 to i64
  call void @p(i64 %t12)
  %t13 = call i8 @llvm.ctlz.i8(i8 %a, i1 false)
  %t14 = zext i8 %t13 to i64
  call void @p(i64 %t14)
  %t15 = call i8 @llvm.cttz.i8(i8 %b, i1 false)
  %t16 = zext i8 %t15 to i64
  call void @p(i64 %t16)
  %t17 = call i8 @llvm.bitreverse.i8(i8 %a)
  %t18 = zext i8 %t17 to i64
  call void @p(i64 %t18)
  %t19 = call i8 @llvm.fshl.i8(i8 %a, i8 %b, i8 %b)
  %t20 = zext i8 %t19 to i64
  call void @p(i64 %t20)
  %t21 = call i8 @llvm.fshr.i8(i8 %a, i8 %b, i8 %a)
  %t22 = zext i8 %t21 to i64
  call void @p(i64 %t22)
  %t23 = call { i8, i1 } @llvm.sadd.with.overflow.i8(i8 %a, i8 %b)
  %t24 = extractvalue { i8, i1 } %t23, 0
  %t25 = extractvalue { i8, i1 } %t23, 1
  %t26 = sext i8 %t24 to i64
  call void @p(i64 %t26)
  %t27 = zext i1 %t25 to i64
  call void @p(i64 %t27)
  %t28 = call { i8, i1 } @llvm.uadd.with.overflow.i8(i8 %a, i8 %b)
  %t29 = extractvalue { i8, i1 } %t28, 0
  %t30 = extractvalue { i8, i1 } %t28, 1
  %t31 = zext i8 %t29 to i64
  call void @p(i64 %t31)
  %t32 = zext i1 %t30 to i64
  call void @p(i64 %t32)
  %t33 = call { i8, i1 } @llvm.ssub.with.overflow.i8(i8 %a, i8 %b)
  %t34 = extractvalue { i8, i1 } %t33, 0
  %t35 = extractvalue { i8, i1 } %t33, 1
  %t36 = sext i8 %t34 to i64
  call void @p(i64 %t36)
  %t37 = zext i1 %t35 to i64
  call void @p(i64 %t37)
  %t38 = call { i8, i1 } @llvm.usub.with.overflow.i8(i8 %a, i8 %b)
  %t39 = extractvalue { i8, i1 } %t38, 0
  %t40 = extractvalue { i8, i1 } %t38, 1
  %t41 = zext i8 %t39 to i64
  call void @p(i64 %t41)
  %t42 = zext i1 %t40 to i64
  call void @p(i64 %t42)
  %t43 = call { i8, i1 } @llvm.smul.with.overflow.i8(i8 %a, i8 %b)
  %t44 = extractvalue { i8, i1 } %t43, 0
  %t45 = extractvalue { i8, i1 } %t43, 1
  %t46 = sext i8 %t44 to i64
  call void @p(i64 %t46)
  %t47 = zext i1 %t45 to i64
  call void @p(i64 %t47)
  %t48 = call { i8, i1 } @llvm.umul.with.overflow.i8(i8 %a, i8 %b)
  %t49 = extractvalue { i8, i1 } %t48, 0
  %t50 = extractvalue { i8, i1 } %t48, 1
  %t51 = zext i8 %t49 to i64
  call void @p(i64 %t51)
  %t52 = zext i1 %t50 to i64
  call void @p(i64 %t52)
  %t53 = call i8 @llvm.sadd.sat.i8(i8 %a, i8 %b)
  %t54 = sext i8 %t53 to i64
  call void @p(i64 %t54)
  %t55 = call i8 @llvm.ssub.sat.i8(i8 %a, i8 %b)
  %t56 = sext i8 %t55 to i64
  call void @p(i64 %t56)
  %t57 = call i8 @llvm.uadd.sat.i8(i8 %a, i8 %b)
  %t58 = zext i8 %t57 to i64
  call void @p(i64 %t58)
  %t59 = call i8 @llvm.usub.sat.i8(i8 %a, i8 %b)
  %t60 = zext i8 %t59 to i64
  call void @p(i64 %t60)
  call void @nl()
  ret void
}

define internal void @t16(i16 %a, i16 %b) {
  %t1 = call i16 @llvm.smin.i16(i16 %a, i16 %b)
  %t2 = sext i16 %t1 to i64
  call void @p(i64 %t2)
  %t3 = call i16 @llvm.smax.i16(i16 %a, i16 %b)
  %t4 = sext i16 %t3 to i64
  call void @p(i64 %t4)
  %t5 = call i16 @llvm.umin.i16(i16 %a, i16 %b)
  %t6 = zext i16 %t5 to i64
  call void @p(i64 %t6)
  %t7 = call i16 @llvm.umax.i16(i16 %a, i16 %b)
  %t8 = zext i16 %t7 to i64
  call void @p(i64 %t8)
  %t9 = call i16 @llvm.abs.i16(i16 %a, i1 false)
  %t10 = sext i16 %t9 to i64
  call void @p(i64 %t10)
  %t11 = call i16 @llvm.ctpop.i16(i16 %a)
  %t12 = zext i16 %t11 to i64
  call void @p(i64 %t12)
  %t13 = call i16 @llvm.ctlz.i16(i16 %a, i1 false)
  %t14 = zext i16 %t13 to i64
  call void @p(i64 %t14)
  %t15 = call i16 @llvm.cttz.i16(i16 %b, i1 false)
  %t16 = zext i16 %t15 to i64
  call void @p(i64 %t16)
  %t17 = call i16 @llvm.bitreverse.i16(i16 %a)
  %t18 = zext i16 %t17 to i64
  call void @p(i64 %t18)
  %t19 = call i16 @llvm.bswap.i16(i16 %a)
  %t20 = zext i16 %t19 to i64
  call void @p(i64 %t20)
  %t21 = call i16 @llvm.fshl.i16(i16 %a, i16 %b, i16 %b)
  %t22 = zext i16 %t21 to i64
  call void @p(i64 %t22)
  %t23 = call i16 @llvm.fshr.i16(i16 %a, i16 %b, i16 %a)
  %t24 = zext i16 %t23 to i64
  call void @p(i64 %t24)
  %t25 = call { i16, i1 } @llvm.sadd.with.overflow.i16(i16 %a, i16 %b)
  %t26 = extractvalue { i16, i1 } %t25, 0
  %t27 = extractvalue { i16, i1 } %t25, 1
  %t28 = sext i16 %t26 to i64
  call void @p(i64 %t28)
  %t29 = zext i1 %t27 to i64
  call void @p(i64 %t29)
  %t30 = call { i16, i1 } @llvm.uadd.with.overflow.i16(i16 %a, i16 %b)
  %t31 = extractvalue { i16, i1 } %t30, 0
  %t32 = extractvalue { i16, i1 } %t30, 1
  %t33 = zext i16 %t31 to i64
  call void @p(i64 %t33)
  %t34 = zext i1 %t32 to i64
  call void @p(i64 %t34)
  %t35 = call { i16, i1 } @llvm.ssub.with.overflow.i16(i16 %a, i16 %b)
  %t36 = extractvalue { i16, i1 } %t35, 0
  %t37 = extractvalue { i16, i1 } %t35, 1
  %t38 = sext i16 %t36 to i64
  call void @p(i64 %t38)
  %t39 = zext i1 %t37 to i64
  call void @p(i64 %t39)
  %t40 = call { i16, i1 } @llvm.usub.with.overflow.i16(i16 %a, i16 %b)
  %t41 = extractvalue { i16, i1 } %t40, 0
  %t42 = extractvalue { i16, i1 } %t40, 1
  %t43 = zext i16 %t41 to i64
  call void @p(i64 %t43)
  %t44 = zext i1 %t42 to i64
  call void @p(i64 %t44)
  %t45 = call { i16, i1 } @llvm.smul.with.overflow.i16(i16 %a, i16 %b)
  %t46 = extractvalue { i16, i1 } %t45, 0
  %t47 = extractvalue { i16, i1 } %t45, 1
  %t48 = sext i16 %t46 to i64
  call void @p(i64 %t48)
  %t49 = zext i1 %t47 to i64
  call void @p(i64 %t49)
  %t50 = call { i16, i1 } @llvm.umul.with.overflow.i16(i16 %a, i16 %b)
  %t51 = extractvalue { i16, i1 } %t50, 0
  %t52 = extractvalue { i16, i1 } %t50, 1
  %t53 = zext i16 %t51 to i64
  call void @p(i64 %t53)
  %t54 = zext i1 %t52 to i64
  call void @p(i64 %t54)
  %t55 = call i16 @llvm.sadd.sat.i16(i16 %a, i16 %b)
  %t56 = sext i16 %t55 to i64
  call void @p(i64 %t56)
  %t57 = call i16 @llvm.ssub.sat.i16(i16 %a, i16 %b)
  %t58 = sext i16 %t57 to i64
  call void @p(i64 %t58)
  %t59 = call i16 @llvm.uadd.sat.i16(i16 %a, i16 %b)
  %t60 = zext i16 %t59 to i64
  call void @p(i64 %t60)
  %t61 = call i16 @llvm.usub.sat.i16(i16 %a, i16 %b)
  %t62 = zext i16 %t61 to i64
  call void @p(i64 %t62)
  call void @nl()
  ret void
}

define internal void @t32(i32 %a, i32 %b) {
  %t1 = call i32 @llvm.smin.i32(i32 %a, i32 %b)
  %t2 = sext i32 %t1 to i64
  call void @p(i64 %t2)
  %t3 = call i32 @llvm.smax.i32(i32 %a, i32 %b)
  %t4 = sext i32 %t3 to i64
  call void @p(i64 %t4)
  %t5 = call i32 @llvm.umin.i32(i32 %a, i32 %b)
  %t6 = zext i32 %t5 to i64
  call void @p(i64 %t6)
  %t7 = call i32 @llvm.umax.i32(i32 %a, i32 %b)
  %t8 = zext i32 %t7 to i64
  call void @p(i64 %t8)
  %t9 = call i32 @llvm.abs.i32(i32 %a, i1 false)
  %t10 = sext i32 %t9 to i64
  call void @p(i64 %t10)
  %t11 = call i32 @llvm.ctpop.i32(i32 %a)
  %t12 = zext i32 %t11 to i64
  call void @p(i64 %t12)
  %t13 = call i32 @llvm.ctlz.i32(i32 %a, i1 false)
  %t14 = zext i32 %t13 to i64
  call void @p(i64 %t14)
  %t15 = call i32 @llvm.cttz.i32(i32 %b, i1 false)
  %t16 = zext i32 %t15 to i64
  call void @p(i64 %t16)
  %t17 = call i32 @llvm.bitreverse.i32(i32 %a)
  %t18 = zext i32 %t17 to i64
  call void @p(i64 %t18)
  %t19 = call i32 @llvm.bswap.i32(i32 %a)
  %t20 = zext i32 %t19 to i64
  call void @p(i64 %t20)
  %t21 = call i32 @llvm.fshl.i32(i32 %a, i32 %b, i32 %b)
  %t22 = zext i32 %t21 to i64
  call void @p(i64 %t22)
  %t23 = call i32 @llvm.fshr.i32(i32 %a, i32 %b, i32 %a)
  %t24 = zext i32 %t23 to i64
  call void @p(i64 %t24)
  %t25 = call { i32, i1 } @llvm.sadd.with.overflow.i32(i32 %a, i32 %b)
  %t26 = extractvalue { i32, i1 } %t25, 0
  %t27 = extractvalue { i32, i1 } %t25, 1
  %t28 = sext i32 %t26 to i64
  call void @p(i64 %t28)
  %t29 = zext i1 %t27 to i64
  call void @p(i64 %t29)
  %t30 = call { i32, i1 } @llvm.uadd.with.overflow.i32(i32 %a, i32 %b)
  %t31 = extractvalue { i32, i1 } %t30, 0
  %t32 = extractvalue { i32, i1 } %t30, 1
  %t33 = zext i32 %t31 to i64
  call void @p(i64 %t33)
  %t34 = zext i1 %t32 to i64
  call void @p(i64 %t34)
  %t35 = call { i32, i1 } @llvm.ssub.with.overflow.i32(i32 %a, i32 %b)
  %t36 = extractvalue { i32, i1 } %t35, 0
  %t37 = extractvalue { i32, i1 } %t35, 1
  %t38 = sext i32 %t36 to i64
  call void @p(i64 %t38)
  %t39 = zext i1 %t37 to i64
  call void @p(i64 %t39)
  %t40 = call { i32, i1 } @llvm.usub.with.overflow.i32(i32 %a, i32 %b)
  %t41 = extractvalue { i32, i1 } %t40, 0
  %t42 = extractvalue { i32, i1 } %t40, 1
  %t43 = zext i32 %t41 to i64
  call void @p(i64 %t43)
  %t44 = zext i1 %t42 to i64
  call void @p(i64 %t44)
  %t45 = call { i32, i1 } @llvm.smul.with.overflow.i32(i32 %a, i32 %b)
  %t46 = extractvalue { i32, i1 } %t45, 0
  %t47 = extractvalue { i32, i1 } %t45, 1
  %t48 = sext i32 %t46 to i64
  call void @p(i64 %t48)
  %t49 = zext i1 %t47 to i64
  call void @p(i64 %t49)
  %t50 = call { i32, i1 } @llvm.umul.with.overflow.i32(i32 %a, i32 %b)
  %t51 = extractvalue { i32, i1 } %t50, 0
  %t52 = extractvalue { i32, i1 } %t50, 1
  %t53 = zext i32 %t51 to i64
  call void @p(i64 %t53)
  %t54 = zext i1 %t52 to i64
  call void @p(i64 %t54)
  %t55 = call i32 @llvm.sadd.sat.i32(i32 %a, i32 %b)
  %t56 = sext i32 %t55 to i64
  call void @p(i64 %t56)
  %t57 = call i32 @llvm.ssub.sat.i32(i32 %a, i32 %b)
  %t58 = sext i32 %t57 to i64
  call void @p(i64 %t58)
  %t59 = call i32 @llvm.uadd.sat.i32(i32 %a, i32 %b)
  %t60 = zext i32 %t59 to i64
  call void @p(i64 %t60)
  %t61 = call i32 @llvm.usub.sat.i32(i32 %a, i32 %b)
  %t62 = zext i32 %t61 to i64
  call void @p(i64 %t62)
  call void @nl()
  ret void
}

define internal void @t64(i64 %a, i64 %b) {
  %t1 = call i64 @llvm.smin.i64(i64 %a, i64 %b)
  call void @p(i64 %t1)
  %t2 = call i64 @llvm.smax.i64(i64 %a, i64 %b)
  call void @p(i64 %t2)
  %t3 = call i64 @llvm.umin.i64(i64 %a, i64 %b)
  call void @p(i64 %t3)
  %t4 = call i64 @llvm.umax.i64(i64 %a, i64 %b)
  call void @p(i64 %t4)
  %t5 = call i64 @llvm.abs.i64(i64 %a, i1 false)
  call void @p(i64 %t5)
  %t6 = call i64 @llvm.ctpop.i64(i64 %a)
  call void @p(i64 %t6)
  %t7 = call i64 @llvm.ctlz.i64(i64 %a, i1 false)
  call void @p(i64 %t7)
  %t8 = call i64 @llvm.cttz.i64(i64 %b, i1 false)
  call void @p(i64 %t8)
  %t9 = call i64 @llvm.bitreverse.i64(i64 %a)
  call void @p(i64 %t9)
  %t10 = call i64 @llvm.bswap.i64(i64 %a)
  call void @p(i64 %t10)
  %t11 = call i64 @llvm.fshl.i64(i64 %a, i64 %b, i64 %b)
  call void @p(i64 %t11)
  %t12 = call i64 @llvm.fshr.i64(i64 %a, i64 %b, i64 %a)
  call void @p(i64 %t12)
  %t13 = call { i64, i1 } @llvm.sadd.with.overflow.i64(i64 %a, i64 %b)
  %t14 = extractvalue { i64, i1 } %t13, 0
  %t15 = extractvalue { i64, i1 } %t13, 1
  call void @p(i64 %t14)
  %t16 = zext i1 %t15 to i64
  call void @p(i64 %t16)
  %t17 = call { i64, i1 } @llvm.uadd.with.overflow.i64(i64 %a, i64 %b)
  %t18 = extractvalue { i64, i1 } %t17, 0
  %t19 = extractvalue { i64, i1 } %t17, 1
  call void @p(i64 %t18)
  %t20 = zext i1 %t19 to i64
  call void @p(i64 %t20)
  %t21 = call { i64, i1 } @llvm.ssub.with.overflow.i64(i64 %a, i64 %b)
  %t22 = extractvalue { i64, i1 } %t21, 0
  %t23 = extractvalue { i64, i1 } %t21, 1
  call void @p(i64 %t22)
  %t24 = zext i1 %t23 to i64
  call void @p(i64 %t24)
  %t25 = call { i64, i1 } @llvm.usub.with.overflow.i64(i64 %a, i64 %b)
  %t26 = extractvalue { i64, i1 } %t25, 0
  %t27 = extractvalue { i64, i1 } %t25, 1
  call void @p(i64 %t26)
  %t28 = zext i1 %t27 to i64
  call void @p(i64 %t28)
  %t29 = call { i64, i1 } @llvm.smul.with.overflow.i64(i64 %a, i64 %b)
  %t30 = extractvalue { i64, i1 } %t29, 0
  %t31 = extractvalue { i64, i1 } %t29, 1
  call void @p(i64 %t30)
  %t32 = zext i1 %t31 to i64
  call void @p(i64 %t32)
  %t33 = call { i64, i1 } @llvm.umul.with.overflow.i64(i64 %a, i64 %b)
  %t34 = extractvalue { i64, i1 } %t33, 0
  %t35 = extractvalue { i64, i1 } %t33, 1
  call void @p(i64 %t34)
  %t36 = zext i1 %t35 to i64
  call void @p(i64 %t36)
  %t37 = call i64 @llvm.sadd.sat.i64(i64 %a, i64 %b)
  call void @p(i64 %t37)
  %t38 = call i64 @llvm.ssub.sat.i64(i64 %a, i64 %b)
  call void @p(i64 %t38)
  %t39 = call i64 @llvm.uadd.sat.i64(i64 %a, i64 %b)
  call void @p(i64 %t39)
  %t40 = call i64 @llvm.usub.sat.i64(i64 %a, i64 %b)
  call void @p(i64 %t40)
  call void @nl()
  ret void
}

define internal void @t5(i5 %a, i5 %b) {
  %t1 = call i5 @llvm.smin.i5(i5 %a, i5 %b)
  %t2 = sext i5 %t1 to i64
  call void @p(i64 %t2)
  %t3 = call i5 @llvm.smax.i5(i5 %a, i5 %b)
  %t4 = sext i5 %t3 to i64
  call void @p(i64 %t4)
  %t5 = call i5 @llvm.umin.i5(i5 %a, i5 %b)
  %t6 = zext i5 %t5 to i64
  call void @p(i64 %t6)
  %t7 = call i5 @llvm.umax.i5(i5 %a, i5 %b)
  %t8 = zext i5 %t7 to i64
  call void @p(i64 %t8)
  %t9 = call i5 @llvm.abs.i5(i5 %a, i1 false)
  %t10 = sext i5 %t9 to i64
  call void @p(i64 %t10)
  %t11 = call i5 @llvm.ctpop.i5(i5 %a)
  %t12 = zext i5 %t11 to i64
  call void @p(i64 %t12)
  %t13 = call i5 @llvm.ctlz.i5(i5 %a, i1 false)
  %t14 = zext i5 %t13 to i64
  call void @p(i64 %t14)
  %t15 = call i5 @llvm.cttz.i5(i5 %b, i1 false)
  %t16 = zext i5 %t15 to i64
  call void @p(i64 %t16)
  %t17 = call i5 @llvm.bitreverse.i5(i5 %a)
  %t18 = zext i5 %t17 to i64
  call void @p(i64 %t18)
  %t19 = call i5 @llvm.fshl.i5(i5 %a, i5 %b, i5 %b)
  %t20 = zext i5 %t19 to i64
  call void @p(i64 %t20)
  %t21 = call i5 @llvm.fshr.i5(i5 %a, i5 %b, i5 %a)
  %t22 = zext i5 %t21 to i64
  call void @p(i64 %t22)
  %t23 = call { i5, i1 } @llvm.sadd.with.overflow.i5(i5 %a, i5 %b)
  %t24 = extractvalue { i5, i1 } %t23, 0
  %t25 = extractvalue { i5, i1 } %t23, 1
  %t26 = sext i5 %t24 to i64
  call void @p(i64 %t26)
  %t27 = zext i1 %t25 to i64
  call void @p(i64 %t27)
  %t28 = call { i5, i1 } @llvm.uadd.with.overflow.i5(i5 %a, i5 %b)
  %t29 = extractvalue { i5, i1 } %t28, 0
  %t30 = extractvalue { i5, i1 } %t28, 1
  %t31 = zext i5 %t29 to i64
  call void @p(i64 %t31)
  %t32 = zext i1 %t30 to i64
  call void @p(i64 %t32)
  %t33 = call { i5, i1 } @llvm.ssub.with.overflow.i5(i5 %a, i5 %b)
  %t34 = extractvalue { i5, i1 } %t33, 0
  %t35 = extractvalue { i5, i1 } %t33, 1
  %t36 = sext i5 %t34 to i64
  call void @p(i64 %t36)
  %t37 = zext i1 %t35 to i64
  call void @p(i64 %t37)
  %t38 = call { i5, i1 } @llvm.usub.with.overflow.i5(i5 %a, i5 %b)
  %t39 = extractvalue { i5, i1 } %t38, 0
  %t40 = extractvalue { i5, i1 } %t38, 1
  %t41 = zext i5 %t39 to i64
  call void @p(i64 %t41)
  %t42 = zext i1 %t40 to i64
  call void @p(i64 %t42)
  %t43 = call { i5, i1 } @llvm.smul.with.overflow.i5(i5 %a, i5 %b)
  %t44 = extractvalue { i5, i1 } %t43, 0
  %t45 = extractvalue { i5, i1 } %t43, 1
  %t46 = sext i5 %t44 to i64
  call void @p(i64 %t46)
  %t47 = zext i1 %t45 to i64
  call void @p(i64 %t47)
  %t48 = call { i5, i1 } @llvm.umul.with.overflow.i5(i5 %a, i5 %b)
  %t49 = extractvalue { i5, i1 } %t48, 0
  %t50 = extractvalue { i5, i1 } %t48, 1
  %t51 = zext i5 %t49 to i64
  call void @p(i64 %t51)
  %t52 = zext i1 %t50 to i64
  call void @p(i64 %t52)
  %t53 = call i5 @llvm.sadd.sat.i5(i5 %a, i5 %b)
  %t54 = sext i5 %t53 to i64
  call void @p(i64 %t54)
  %t55 = call i5 @llvm.ssub.sat.i5(i5 %a, i5 %b)
  %t56 = sext i5 %t55 to i64
  call void @p(i64 %t56)
  %t57 = call i5 @llvm.uadd.sat.i5(i5 %a, i5 %b)
  %t58 = zext i5 %t57 to i64
  call void @p(i64 %t58)
  %t59 = call i5 @llvm.usub.sat.i5(i5 %a, i5 %b)
  %t60 = zext i5 %t59 to i64
  call void @p(i64 %t60)
  call void @nl()
  ret void
}

define internal void @t24(i24 %a, i24 %b) {
  %t1 = call i24 @llvm.smin.i24(i24 %a, i24 %b)
  %t2 = sext i24 %t1 to i64
  call void @p(i64 %t2)
  %t3 = call i24 @llvm.smax.i24(i24 %a, i24 %b)
  %t4 = sext i24 %t3 to i64
  call void @p(i64 %t4)
  %t5 = call i24 @llvm.umin.i24(i24 %a, i24 %b)
  %t6 = zext i24 %t5 to i64
  call void @p(i64 %t6)
  %t7 = call i24 @llvm.umax.i24(i24 %a, i24 %b)
  %t8 = zext i24 %t7 to i64
  call void @p(i64 %t8)
  %t9 = call i24 @llvm.abs.i24(i24 %a, i1 false)
  %t10 = sext i24 %t9 to i64
  call void @p(i64 %t10)
  %t11 = call i24 @llvm.ctpop.i24(i24 %a)
  %t12 = zext i24 %t11 to i64
  call void @p(i64 %t12)
  %t13 = call i24 @llvm.ctlz.i24(i24 %a, i1 false)
  %t14 = zext i24 %t13 to i64
  call void @p(i64 %t14)
  %t15 = call i24 @llvm.cttz.i24(i24 %b, i1 false)
  %t16 = zext i24 %t15 to i64
  call void @p(i64 %t16)
  %t17 = call i24 @llvm.bitreverse.i24(i24 %a)
  %t18 = zext i24 %t17 to i64
  call void @p(i64 %t18)
  %t19 = call i24 @llvm.fshl.i24(i24 %a, i24 %b, i24 %b)
  %t20 = zext i24 %t19 to i64
  call void @p(i64 %t20)
  %t21 = call i24 @llvm.fshr.i24(i24 %a, i24 %b, i24 %a)
  %t22 = zext i24 %t21 to i64
  call void @p(i64 %t22)
  %t23 = call { i24, i1 } @llvm.sadd.with.overflow.i24(i24 %a, i24 %b)
  %t24 = extractvalue { i24, i1 } %t23, 0
  %t25 = extractvalue { i24, i1 } %t23, 1
  %t26 = sext i24 %t24 to i64
  call void @p(i64 %t26)
  %t27 = zext i1 %t25 to i64
  call void @p(i64 %t27)
  %t28 = call { i24, i1 } @llvm.uadd.with.overflow.i24(i24 %a, i24 %b)
  %t29 = extractvalue { i24, i1 } %t28, 0
  %t30 = extractvalue { i24, i1 } %t28, 1
  %t31 = zext i24 %t29 to i64
  call void @p(i64 %t31)
  %t32 = zext i1 %t30 to i64
  call void @p(i64 %t32)
  %t33 = call { i24, i1 } @llvm.ssub.with.overflow.i24(i24 %a, i24 %b)
  %t34 = extractvalue { i24, i1 } %t33, 0
  %t35 = extractvalue { i24, i1 } %t33, 1
  %t36 = sext i24 %t34 to i64
  call void @p(i64 %t36)
  %t37 = zext i1 %t35 to i64
  call void @p(i64 %t37)
  %t38 = call { i24, i1 } @llvm.usub.with.overflow.i24(i24 %a, i24 %b)
  %t39 = extractvalue { i24, i1 } %t38, 0
  %t40 = extractvalue { i24, i1 } %t38, 1
  %t41 = zext i24 %t39 to i64
  call void @p(i64 %t41)
  %t42 = zext i1 %t40 to i64
  call void @p(i64 %t42)
  %t43 = call { i24, i1 } @llvm.smul.with.overflow.i24(i24 %a, i24 %b)
  %t44 = extractvalue { i24, i1 } %t43, 0
  %t45 = extractvalue { i24, i1 } %t43, 1
  %t46 = sext i24 %t44 to i64
  call void @p(i64 %t46)
  %t47 = zext i1 %t45 to i64
  call void @p(i64 %t47)
  %t48 = call { i24, i1 } @llvm.umul.with.overflow.i24(i24 %a, i24 %b)
  %t49 = extractvalue { i24, i1 } %t48, 0
  %t50 = extractvalue { i24, i1 } %t48, 1
  %t51 = zext i24 %t49 to i64
  call void @p(i64 %t51)
  %t52 = zext i1 %t50 to i64
  call void @p(i64 %t52)
  %t53 = call i24 @llvm.sadd.sat.i24(i24 %a, i24 %b)
  %t54 = sext i24 %t53 to i64
  call void @p(i64 %t54)
  %t55 = call i24 @llvm.ssub.sat.i24(i24 %a, i24 %b)
  %t56 = sext i24 %t55 to i64
  call void @p(i64 %t56)
  %t57 = call i24 @llvm.uadd.sat.i24(i24 %a, i24 %b)
  %t58 = zext i24 %t57 to i64
  call void @p(i64 %t58)
  %t59 = call i24 @llvm.usub.sat.i24(i24 %a, i24 %b)
  %t60 = zext i24 %t59 to i64
  call void @p(i64 %t60)
  call void @nl()
  ret void
}

define internal void @t48(i48 %a, i48 %b) {
  %t1 = call i48 @llvm.smin.i48(i48 %a, i48 %b)
  %t2 = sext i48 %t1 to i64
  call void @p(i64 %t2)
  %t3 = call i48 @llvm.smax.i48(i48 %a, i48 %b)
  %t4 = sext i48 %t3 to i64
  call void @p(i64 %t4)
  %t5 = call i48 @llvm.umin.i48(i48 %a, i48 %b)
  %t6 = zext i48 %t5 to i64
  call void @p(i64 %t6)
  %t7 = call i48 @llvm.umax.i48(i48 %a, i48 %b)
  %t8 = zext i48 %t7 to i64
  call void @p(i64 %t8)
  %t9 = call i48 @llvm.abs.i48(i48 %a, i1 false)
  %t10 = sext i48 %t9 to i64
  call void @p(i64 %t10)
  %t11 = call i48 @llvm.ctpop.i48(i48 %a)
  %t12 = zext i48 %t11 to i64
  call void @p(i64 %t12)
  %t13 = call i48 @llvm.ctlz.i48(i48 %a, i1 false)
  %t14 = zext i48 %t13 to i64
  call void @p(i64 %t14)
  %t15 = call i48 @llvm.cttz.i48(i48 %b, i1 false)
  %t16 = zext i48 %t15 to i64
  call void @p(i64 %t16)
  %t17 = call i48 @llvm.bitreverse.i48(i48 %a)
  %t18 = zext i48 %t17 to i64
  call void @p(i64 %t18)
  %t19 = call i48 @llvm.bswap.i48(i48 %a)
  %t20 = zext i48 %t19 to i64
  call void @p(i64 %t20)
  %t21 = call i48 @llvm.fshl.i48(i48 %a, i48 %b, i48 %b)
  %t22 = zext i48 %t21 to i64
  call void @p(i64 %t22)
  %t23 = call i48 @llvm.fshr.i48(i48 %a, i48 %b, i48 %a)
  %t24 = zext i48 %t23 to i64
  call void @p(i64 %t24)
  call void @nl()
  ret void
}

define i32 @main() {
entry:
  br label %loop
loop:
  %i = phi i32 [ 0, %entry ], [ %i2, %loop ]
  %k = shl i32 %i, 1
  %px = getelementptr [32 x i64], ptr @in, i32 0, i32 %k
  %x = load i64, ptr %px
  %k1 = add i32 %k, 1
  %py = getelementptr [32 x i64], ptr @in, i32 0, i32 %k1
  %y = load i64, ptr %py
  %at8 = trunc i64 %x to i8
  %bt8 = trunc i64 %y to i8
  call void @t8(i8 %at8, i8 %bt8)
  %at16 = trunc i64 %x to i16
  %bt16 = trunc i64 %y to i16
  call void @t16(i16 %at16, i16 %bt16)
  %at32 = trunc i64 %x to i32
  %bt32 = trunc i64 %y to i32
  call void @t32(i32 %at32, i32 %bt32)
  call void @t64(i64 %x, i64 %y)
  %at5 = trunc i64 %x to i5
  %bt5 = trunc i64 %y to i5
  call void @t5(i5 %at5, i5 %bt5)
  %at24 = trunc i64 %x to i24
  %bt24 = trunc i64 %y to i24
  call void @t24(i24 %at24, i24 %bt24)
  %at48 = trunc i64 %x to i48
  %bt48 = trunc i64 %y to i48
  call void @t48(i48 %at48, i48 %bt48)
  %i2 = add i32 %i, 1
  %done = icmp eq i32 %i2, 16
  br i1 %done, label %exit, label %loop
exit:
  ret i32 0
}
