; Integer arithmetic, shifts, compares, select, division, memory and conversions on every width
; class: i1, odd widths in one register (i3..i31), i32, odd widths in a pair (i33..i63), i64.
; Reference: clang for the host (ll.sh). Written by gen.py.
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

define internal void @w1(i1 %a, i1 %b) {
entry:
  %t1 = add i1 %a, %b
  %t2 = sext i1 %t1 to i64
  call void @p(i64 %t2)
  %t3 = sub i1 %a, %b
  %t4 = sext i1 %t3 to i64
  call void @p(i64 %t4)
  %t5 = mul i1 %a, %b
  %t6 = sext i1 %t5 to i64
  call void @p(i64 %t6)
  %t7 = and i1 %a, %b
  %t8 = sext i1 %t7 to i64
  call void @p(i64 %t8)
  %t9 = or i1 %a, %b
  %t10 = sext i1 %t9 to i64
  call void @p(i64 %t10)
  %t11 = xor i1 %a, %b
  %t12 = sext i1 %t11 to i64
  call void @p(i64 %t12)
  %t13 = and i1 %b, 0
  %t14 = shl i1 %a, %t13
  %t15 = zext i1 %t14 to i64
  call void @p(i64 %t15)
  %t16 = lshr i1 %a, %t13
  %t17 = zext i1 %t16 to i64
  call void @p(i64 %t17)
  %t18 = ashr i1 %a, %t13
  %t19 = zext i1 %t18 to i64
  call void @p(i64 %t19)
  %t20 = icmp eq i1 %a, %b
  %t21 = zext i1 %t20 to i32
  %t22 = shl i32 %t21, 0
  %t23 = icmp ne i1 %a, %b
  %t24 = zext i1 %t23 to i32
  %t25 = shl i32 %t24, 1
  %t26 = or i32 %t22, %t25
  %t27 = icmp slt i1 %a, %b
  %t28 = zext i1 %t27 to i32
  %t29 = shl i32 %t28, 2
  %t30 = or i32 %t26, %t29
  %t31 = icmp sle i1 %a, %b
  %t32 = zext i1 %t31 to i32
  %t33 = shl i32 %t32, 3
  %t34 = or i32 %t30, %t33
  %t35 = icmp sgt i1 %a, %b
  %t36 = zext i1 %t35 to i32
  %t37 = shl i32 %t36, 4
  %t38 = or i32 %t34, %t37
  %t39 = icmp sge i1 %a, %b
  %t40 = zext i1 %t39 to i32
  %t41 = shl i32 %t40, 5
  %t42 = or i32 %t38, %t41
  %t43 = icmp ult i1 %a, %b
  %t44 = zext i1 %t43 to i32
  %t45 = shl i32 %t44, 6
  %t46 = or i32 %t42, %t45
  %t47 = icmp ule i1 %a, %b
  %t48 = zext i1 %t47 to i32
  %t49 = shl i32 %t48, 7
  %t50 = or i32 %t46, %t49
  %t51 = icmp ugt i1 %a, %b
  %t52 = zext i1 %t51 to i32
  %t53 = shl i32 %t52, 8
  %t54 = or i32 %t50, %t53
  %t55 = icmp uge i1 %a, %b
  %t56 = zext i1 %t55 to i32
  %t57 = shl i32 %t56, 9
  %t58 = or i32 %t54, %t57
  %t59 = zext i32 %t58 to i64
  call void @p(i64 %t59)
  %t60 = icmp slt i1 %a, %b
  %t61 = select i1 %t60, i1 %a, i1 %b
  %t62 = sext i1 %t61 to i64
  call void @p(i64 %t62)
  %t63 = zext i1 %a to i64
  call void @p(i64 %t63)
  %t64 = sext i1 %a to i64
  call void @p(i64 %t64)
  %nz = icmp ne i1 %b, 0
  br i1 %nz, label %div, label %end
div:
  %t65 = udiv i1 %a, %b
  %t66 = zext i1 %t65 to i64
  call void @p(i64 %t66)
  %t67 = urem i1 %a, %b
  %t68 = zext i1 %t67 to i64
  call void @p(i64 %t68)
  br label %end
end:
  %slot = alloca i1
  store i1 %a, ptr %slot
  %t69 = load i1, ptr %slot
  %t70 = sext i1 %t69 to i64
  call void @p(i64 %t70)
  %t71 = sext i1 %b to i5
  %t72 = zext i5 %t71 to i64
  call void @p(i64 %t72)
  %t73 = sext i1 %b to i13
  %t74 = zext i13 %t73 to i64
  call void @p(i64 %t74)
  %t75 = sext i1 %b to i32
  %t76 = zext i32 %t75 to i64
  call void @p(i64 %t76)
  %t77 = sext i1 %b to i36
  %t78 = zext i36 %t77 to i64
  call void @p(i64 %t78)
  %t79 = sext i1 %b to i64
  call void @p(i64 %t79)
  call void @nl()
  ret void
}

define internal void @w3(i3 %a, i3 %b) {
entry:
  %t1 = add i3 %a, %b
  %t2 = sext i3 %t1 to i64
  call void @p(i64 %t2)
  %t3 = sub i3 %a, %b
  %t4 = sext i3 %t3 to i64
  call void @p(i64 %t4)
  %t5 = mul i3 %a, %b
  %t6 = sext i3 %t5 to i64
  call void @p(i64 %t6)
  %t7 = and i3 %a, %b
  %t8 = sext i3 %t7 to i64
  call void @p(i64 %t8)
  %t9 = or i3 %a, %b
  %t10 = sext i3 %t9 to i64
  call void @p(i64 %t10)
  %t11 = xor i3 %a, %b
  %t12 = sext i3 %t11 to i64
  call void @p(i64 %t12)
  %t13 = urem i3 %b, 3
  %t14 = shl i3 %a, %t13
  %t15 = zext i3 %t14 to i64
  call void @p(i64 %t15)
  %t16 = lshr i3 %a, %t13
  %t17 = zext i3 %t16 to i64
  call void @p(i64 %t17)
  %t18 = ashr i3 %a, %t13
  %t19 = zext i3 %t18 to i64
  call void @p(i64 %t19)
  %t20 = icmp eq i3 %a, %b
  %t21 = zext i1 %t20 to i32
  %t22 = shl i32 %t21, 0
  %t23 = icmp ne i3 %a, %b
  %t24 = zext i1 %t23 to i32
  %t25 = shl i32 %t24, 1
  %t26 = or i32 %t22, %t25
  %t27 = icmp slt i3 %a, %b
  %t28 = zext i1 %t27 to i32
  %t29 = shl i32 %t28, 2
  %t30 = or i32 %t26, %t29
  %t31 = icmp sle i3 %a, %b
  %t32 = zext i1 %t31 to i32
  %t33 = shl i32 %t32, 3
  %t34 = or i32 %t30, %t33
  %t35 = icmp sgt i3 %a, %b
  %t36 = zext i1 %t35 to i32
  %t37 = shl i32 %t36, 4
  %t38 = or i32 %t34, %t37
  %t39 = icmp sge i3 %a, %b
  %t40 = zext i1 %t39 to i32
  %t41 = shl i32 %t40, 5
  %t42 = or i32 %t38, %t41
  %t43 = icmp ult i3 %a, %b
  %t44 = zext i1 %t43 to i32
  %t45 = shl i32 %t44, 6
  %t46 = or i32 %t42, %t45
  %t47 = icmp ule i3 %a, %b
  %t48 = zext i1 %t47 to i32
  %t49 = shl i32 %t48, 7
  %t50 = or i32 %t46, %t49
  %t51 = icmp ugt i3 %a, %b
  %t52 = zext i1 %t51 to i32
  %t53 = shl i32 %t52, 8
  %t54 = or i32 %t50, %t53
  %t55 = icmp uge i3 %a, %b
  %t56 = zext i1 %t55 to i32
  %t57 = shl i32 %t56, 9
  %t58 = or i32 %t54, %t57
  %t59 = zext i32 %t58 to i64
  call void @p(i64 %t59)
  %t60 = icmp slt i3 %a, %b
  %t61 = select i1 %t60, i3 %a, i3 %b
  %t62 = sext i3 %t61 to i64
  call void @p(i64 %t62)
  %t63 = zext i3 %a to i64
  call void @p(i64 %t63)
  %t64 = sext i3 %a to i64
  call void @p(i64 %t64)
  %nz = icmp ne i3 %b, 0
  br i1 %nz, label %div, label %end
div:
  %t65 = udiv i3 %a, %b
  %t66 = zext i3 %t65 to i64
  call void @p(i64 %t66)
  %t67 = urem i3 %a, %b
  %t68 = zext i3 %t67 to i64
  call void @p(i64 %t68)
  %ismin = icmp eq i3 %a, -4
  %ism1 = icmp eq i3 %b, -1
  %bad = and i1 %ismin, %ism1
  br i1 %bad, label %end, label %sdiv
sdiv:
  %t69 = sdiv i3 %a, %b
  %t70 = sext i3 %t69 to i64
  call void @p(i64 %t70)
  %t71 = srem i3 %a, %b
  %t72 = sext i3 %t71 to i64
  call void @p(i64 %t72)
  br label %end
end:
  %slot = alloca i3
  store i3 %a, ptr %slot
  %t73 = load i3, ptr %slot
  %t74 = sext i3 %t73 to i64
  call void @p(i64 %t74)
  %t75 = trunc i3 %a to i1
  %t76 = sext i1 %t75 to i64
  call void @p(i64 %t76)
  %t77 = sext i3 %b to i5
  %t78 = zext i5 %t77 to i64
  call void @p(i64 %t78)
  %t79 = sext i3 %b to i13
  %t80 = zext i13 %t79 to i64
  call void @p(i64 %t80)
  %t81 = sext i3 %b to i32
  %t82 = zext i32 %t81 to i64
  call void @p(i64 %t82)
  %t83 = sext i3 %b to i36
  %t84 = zext i36 %t83 to i64
  call void @p(i64 %t84)
  %t85 = sext i3 %b to i64
  call void @p(i64 %t85)
  call void @nl()
  ret void
}

define internal void @w7(i7 %a, i7 %b) {
entry:
  %t1 = add i7 %a, %b
  %t2 = sext i7 %t1 to i64
  call void @p(i64 %t2)
  %t3 = sub i7 %a, %b
  %t4 = sext i7 %t3 to i64
  call void @p(i64 %t4)
  %t5 = mul i7 %a, %b
  %t6 = sext i7 %t5 to i64
  call void @p(i64 %t6)
  %t7 = and i7 %a, %b
  %t8 = sext i7 %t7 to i64
  call void @p(i64 %t8)
  %t9 = or i7 %a, %b
  %t10 = sext i7 %t9 to i64
  call void @p(i64 %t10)
  %t11 = xor i7 %a, %b
  %t12 = sext i7 %t11 to i64
  call void @p(i64 %t12)
  %t13 = urem i7 %b, 7
  %t14 = shl i7 %a, %t13
  %t15 = zext i7 %t14 to i64
  call void @p(i64 %t15)
  %t16 = lshr i7 %a, %t13
  %t17 = zext i7 %t16 to i64
  call void @p(i64 %t17)
  %t18 = ashr i7 %a, %t13
  %t19 = zext i7 %t18 to i64
  call void @p(i64 %t19)
  %t20 = icmp eq i7 %a, %b
  %t21 = zext i1 %t20 to i32
  %t22 = shl i32 %t21, 0
  %t23 = icmp ne i7 %a, %b
  %t24 = zext i1 %t23 to i32
  %t25 = shl i32 %t24, 1
  %t26 = or i32 %t22, %t25
  %t27 = icmp slt i7 %a, %b
  %t28 = zext i1 %t27 to i32
  %t29 = shl i32 %t28, 2
  %t30 = or i32 %t26, %t29
  %t31 = icmp sle i7 %a, %b
  %t32 = zext i1 %t31 to i32
  %t33 = shl i32 %t32, 3
  %t34 = or i32 %t30, %t33
  %t35 = icmp sgt i7 %a, %b
  %t36 = zext i1 %t35 to i32
  %t37 = shl i32 %t36, 4
  %t38 = or i32 %t34, %t37
  %t39 = icmp sge i7 %a, %b
  %t40 = zext i1 %t39 to i32
  %t41 = shl i32 %t40, 5
  %t42 = or i32 %t38, %t41
  %t43 = icmp ult i7 %a, %b
  %t44 = zext i1 %t43 to i32
  %t45 = shl i32 %t44, 6
  %t46 = or i32 %t42, %t45
  %t47 = icmp ule i7 %a, %b
  %t48 = zext i1 %t47 to i32
  %t49 = shl i32 %t48, 7
  %t50 = or i32 %t46, %t49
  %t51 = icmp ugt i7 %a, %b
  %t52 = zext i1 %t51 to i32
  %t53 = shl i32 %t52, 8
  %t54 = or i32 %t50, %t53
  %t55 = icmp uge i7 %a, %b
  %t56 = zext i1 %t55 to i32
  %t57 = shl i32 %t56, 9
  %t58 = or i32 %t54, %t57
  %t59 = zext i32 %t58 to i64
  call void @p(i64 %t59)
  %t60 = icmp slt i7 %a, %b
  %t61 = select i1 %t60, i7 %a, i7 %b
  %t62 = sext i7 %t61 to i64
  call void @p(i64 %t62)
  %t63 = zext i7 %a to i64
  call void @p(i64 %t63)
  %t64 = sext i7 %a to i64
  call void @p(i64 %t64)
  %nz = icmp ne i7 %b, 0
  br i1 %nz, label %div, label %end
div:
  %t65 = udiv i7 %a, %b
  %t66 = zext i7 %t65 to i64
  call void @p(i64 %t66)
  %t67 = urem i7 %a, %b
  %t68 = zext i7 %t67 to i64
  call void @p(i64 %t68)
  %ismin = icmp eq i7 %a, -64
  %ism1 = icmp eq i7 %b, -1
  %bad = and i1 %ismin, %ism1
  br i1 %bad, label %end, label %sdiv
sdiv:
  %t69 = sdiv i7 %a, %b
  %t70 = sext i7 %t69 to i64
  call void @p(i64 %t70)
  %t71 = srem i7 %a, %b
  %t72 = sext i7 %t71 to i64
  call void @p(i64 %t72)
  br label %end
end:
  %slot = alloca i7
  store i7 %a, ptr %slot
  %t73 = load i7, ptr %slot
  %t74 = sext i7 %t73 to i64
  call void @p(i64 %t74)
  %t75 = trunc i7 %a to i1
  %t76 = sext i1 %t75 to i64
  call void @p(i64 %t76)
  %t77 = trunc i7 %a to i5
  %t78 = sext i5 %t77 to i64
  call void @p(i64 %t78)
  %t79 = sext i7 %b to i13
  %t80 = zext i13 %t79 to i64
  call void @p(i64 %t80)
  %t81 = sext i7 %b to i32
  %t82 = zext i32 %t81 to i64
  call void @p(i64 %t82)
  %t83 = sext i7 %b to i36
  %t84 = zext i36 %t83 to i64
  call void @p(i64 %t84)
  %t85 = sext i7 %b to i64
  call void @p(i64 %t85)
  call void @nl()
  ret void
}

define internal void @w8(i8 %a, i8 %b) {
entry:
  %t1 = add i8 %a, %b
  %t2 = sext i8 %t1 to i64
  call void @p(i64 %t2)
  %t3 = sub i8 %a, %b
  %t4 = sext i8 %t3 to i64
  call void @p(i64 %t4)
  %t5 = mul i8 %a, %b
  %t6 = sext i8 %t5 to i64
  call void @p(i64 %t6)
  %t7 = and i8 %a, %b
  %t8 = sext i8 %t7 to i64
  call void @p(i64 %t8)
  %t9 = or i8 %a, %b
  %t10 = sext i8 %t9 to i64
  call void @p(i64 %t10)
  %t11 = xor i8 %a, %b
  %t12 = sext i8 %t11 to i64
  call void @p(i64 %t12)
  %t13 = urem i8 %b, 8
  %t14 = shl i8 %a, %t13
  %t15 = zext i8 %t14 to i64
  call void @p(i64 %t15)
  %t16 = lshr i8 %a, %t13
  %t17 = zext i8 %t16 to i64
  call void @p(i64 %t17)
  %t18 = ashr i8 %a, %t13
  %t19 = zext i8 %t18 to i64
  call void @p(i64 %t19)
  %t20 = icmp eq i8 %a, %b
  %t21 = zext i1 %t20 to i32
  %t22 = shl i32 %t21, 0
  %t23 = icmp ne i8 %a, %b
  %t24 = zext i1 %t23 to i32
  %t25 = shl i32 %t24, 1
  %t26 = or i32 %t22, %t25
  %t27 = icmp slt i8 %a, %b
  %t28 = zext i1 %t27 to i32
  %t29 = shl i32 %t28, 2
  %t30 = or i32 %t26, %t29
  %t31 = icmp sle i8 %a, %b
  %t32 = zext i1 %t31 to i32
  %t33 = shl i32 %t32, 3
  %t34 = or i32 %t30, %t33
  %t35 = icmp sgt i8 %a, %b
  %t36 = zext i1 %t35 to i32
  %t37 = shl i32 %t36, 4
  %t38 = or i32 %t34, %t37
  %t39 = icmp sge i8 %a, %b
  %t40 = zext i1 %t39 to i32
  %t41 = shl i32 %t40, 5
  %t42 = or i32 %t38, %t41
  %t43 = icmp ult i8 %a, %b
  %t44 = zext i1 %t43 to i32
  %t45 = shl i32 %t44, 6
  %t46 = or i32 %t42, %t45
  %t47 = icmp ule i8 %a, %b
  %t48 = zext i1 %t47 to i32
  %t49 = shl i32 %t48, 7
  %t50 = or i32 %t46, %t49
  %t51 = icmp ugt i8 %a, %b
  %t52 = zext i1 %t51 to i32
  %t53 = shl i32 %t52, 8
  %t54 = or i32 %t50, %t53
  %t55 = icmp uge i8 %a, %b
  %t56 = zext i1 %t55 to i32
  %t57 = shl i32 %t56, 9
  %t58 = or i32 %t54, %t57
  %t59 = zext i32 %t58 to i64
  call void @p(i64 %t59)
  %t60 = icmp slt i8 %a, %b
  %t61 = select i1 %t60, i8 %a, i8 %b
  %t62 = sext i8 %t61 to i64
  call void @p(i64 %t62)
  %t63 = zext i8 %a to i64
  call void @p(i64 %t63)
  %t64 = sext i8 %a to i64
  call void @p(i64 %t64)
  %nz = icmp ne i8 %b, 0
  br i1 %nz, label %div, label %end
div:
  %t65 = udiv i8 %a, %b
  %t66 = zext i8 %t65 to i64
  call void @p(i64 %t66)
  %t67 = urem i8 %a, %b
  %t68 = zext i8 %t67 to i64
  call void @p(i64 %t68)
  %ismin = icmp eq i8 %a, -128
  %ism1 = icmp eq i8 %b, -1
  %bad = and i1 %ismin, %ism1
  br i1 %bad, label %end, label %sdiv
sdiv:
  %t69 = sdiv i8 %a, %b
  %t70 = sext i8 %t69 to i64
  call void @p(i64 %t70)
  %t71 = srem i8 %a, %b
  %t72 = sext i8 %t71 to i64
  call void @p(i64 %t72)
  br label %end
end:
  %slot = alloca i8
  store i8 %a, ptr %slot
  %t73 = load i8, ptr %slot
  %t74 = sext i8 %t73 to i64
  call void @p(i64 %t74)
  %t75 = trunc i8 %a to i1
  %t76 = sext i1 %t75 to i64
  call void @p(i64 %t76)
  %t77 = trunc i8 %a to i5
  %t78 = sext i5 %t77 to i64
  call void @p(i64 %t78)
  %t79 = sext i8 %b to i13
  %t80 = zext i13 %t79 to i64
  call void @p(i64 %t80)
  %t81 = sext i8 %b to i32
  %t82 = zext i32 %t81 to i64
  call void @p(i64 %t82)
  %t83 = sext i8 %b to i36
  %t84 = zext i36 %t83 to i64
  call void @p(i64 %t84)
  %t85 = sext i8 %b to i64
  call void @p(i64 %t85)
  call void @nl()
  ret void
}

define internal void @w12(i12 %a, i12 %b) {
entry:
  %t1 = add i12 %a, %b
  %t2 = sext i12 %t1 to i64
  call void @p(i64 %t2)
  %t3 = sub i12 %a, %b
  %t4 = sext i12 %t3 to i64
  call void @p(i64 %t4)
  %t5 = mul i12 %a, %b
  %t6 = sext i12 %t5 to i64
  call void @p(i64 %t6)
  %t7 = and i12 %a, %b
  %t8 = sext i12 %t7 to i64
  call void @p(i64 %t8)
  %t9 = or i12 %a, %b
  %t10 = sext i12 %t9 to i64
  call void @p(i64 %t10)
  %t11 = xor i12 %a, %b
  %t12 = sext i12 %t11 to i64
  call void @p(i64 %t12)
  %t13 = urem i12 %b, 12
  %t14 = shl i12 %a, %t13
  %t15 = zext i12 %t14 to i64
  call void @p(i64 %t15)
  %t16 = lshr i12 %a, %t13
  %t17 = zext i12 %t16 to i64
  call void @p(i64 %t17)
  %t18 = ashr i12 %a, %t13
  %t19 = zext i12 %t18 to i64
  call void @p(i64 %t19)
  %t20 = icmp eq i12 %a, %b
  %t21 = zext i1 %t20 to i32
  %t22 = shl i32 %t21, 0
  %t23 = icmp ne i12 %a, %b
  %t24 = zext i1 %t23 to i32
  %t25 = shl i32 %t24, 1
  %t26 = or i32 %t22, %t25
  %t27 = icmp slt i12 %a, %b
  %t28 = zext i1 %t27 to i32
  %t29 = shl i32 %t28, 2
  %t30 = or i32 %t26, %t29
  %t31 = icmp sle i12 %a, %b
  %t32 = zext i1 %t31 to i32
  %t33 = shl i32 %t32, 3
  %t34 = or i32 %t30, %t33
  %t35 = icmp sgt i12 %a, %b
  %t36 = zext i1 %t35 to i32
  %t37 = shl i32 %t36, 4
  %t38 = or i32 %t34, %t37
  %t39 = icmp sge i12 %a, %b
  %t40 = zext i1 %t39 to i32
  %t41 = shl i32 %t40, 5
  %t42 = or i32 %t38, %t41
  %t43 = icmp ult i12 %a, %b
  %t44 = zext i1 %t43 to i32
  %t45 = shl i32 %t44, 6
  %t46 = or i32 %t42, %t45
  %t47 = icmp ule i12 %a, %b
  %t48 = zext i1 %t47 to i32
  %t49 = shl i32 %t48, 7
  %t50 = or i32 %t46, %t49
  %t51 = icmp ugt i12 %a, %b
  %t52 = zext i1 %t51 to i32
  %t53 = shl i32 %t52, 8
  %t54 = or i32 %t50, %t53
  %t55 = icmp uge i12 %a, %b
  %t56 = zext i1 %t55 to i32
  %t57 = shl i32 %t56, 9
  %t58 = or i32 %t54, %t57
  %t59 = zext i32 %t58 to i64
  call void @p(i64 %t59)
  %t60 = icmp slt i12 %a, %b
  %t61 = select i1 %t60, i12 %a, i12 %b
  %t62 = sext i12 %t61 to i64
  call void @p(i64 %t62)
  %t63 = zext i12 %a to i64
  call void @p(i64 %t63)
  %t64 = sext i12 %a to i64
  call void @p(i64 %t64)
  %nz = icmp ne i12 %b, 0
  br i1 %nz, label %div, label %end
div:
  %t65 = udiv i12 %a, %b
  %t66 = zext i12 %t65 to i64
  call void @p(i64 %t66)
  %t67 = urem i12 %a, %b
  %t68 = zext i12 %t67 to i64
  call void @p(i64 %t68)
  %ismin = icmp eq i12 %a, -2048
  %ism1 = icmp eq i12 %b, -1
  %bad = and i1 %ismin, %ism1
  br i1 %bad, label %end, label %sdiv
sdiv:
  %t69 = sdiv i12 %a, %b
  %t70 = sext i12 %t69 to i64
  call void @p(i64 %t70)
  %t71 = srem i12 %a, %b
  %t72 = sext i12 %t71 to i64
  call void @p(i64 %t72)
  br label %end
end:
  %slot = alloca i12
  store i12 %a, ptr %slot
  %t73 = load i12, ptr %slot
  %t74 = sext i12 %t73 to i64
  call void @p(i64 %t74)
  %t75 = trunc i12 %a to i1
  %t76 = sext i1 %t75 to i64
  call void @p(i64 %t76)
  %t77 = trunc i12 %a to i5
  %t78 = sext i5 %t77 to i64
  call void @p(i64 %t78)
  %t79 = sext i12 %b to i13
  %t80 = zext i13 %t79 to i64
  call void @p(i64 %t80)
  %t81 = sext i12 %b to i32
  %t82 = zext i32 %t81 to i64
  call void @p(i64 %t82)
  %t83 = sext i12 %b to i36
  %t84 = zext i36 %t83 to i64
  call void @p(i64 %t84)
  %t85 = sext i12 %b to i64
  call void @p(i64 %t85)
  call void @nl()
  ret void
}

define internal void @w16(i16 %a, i16 %b) {
entry:
  %t1 = add i16 %a, %b
  %t2 = sext i16 %t1 to i64
  call void @p(i64 %t2)
  %t3 = sub i16 %a, %b
  %t4 = sext i16 %t3 to i64
  call void @p(i64 %t4)
  %t5 = mul i16 %a, %b
  %t6 = sext i16 %t5 to i64
  call void @p(i64 %t6)
  %t7 = and i16 %a, %b
  %t8 = sext i16 %t7 to i64
  call void @p(i64 %t8)
  %t9 = or i16 %a, %b
  %t10 = sext i16 %t9 to i64
  call void @p(i64 %t10)
  %t11 = xor i16 %a, %b
  %t12 = sext i16 %t11 to i64
  call void @p(i64 %t12)
  %t13 = urem i16 %b, 16
  %t14 = shl i16 %a, %t13
  %t15 = zext i16 %t14 to i64
  call void @p(i64 %t15)
  %t16 = lshr i16 %a, %t13
  %t17 = zext i16 %t16 to i64
  call void @p(i64 %t17)
  %t18 = ashr i16 %a, %t13
  %t19 = zext i16 %t18 to i64
  call void @p(i64 %t19)
  %t20 = icmp eq i16 %a, %b
  %t21 = zext i1 %t20 to i32
  %t22 = shl i32 %t21, 0
  %t23 = icmp ne i16 %a, %b
  %t24 = zext i1 %t23 to i32
  %t25 = shl i32 %t24, 1
  %t26 = or i32 %t22, %t25
  %t27 = icmp slt i16 %a, %b
  %t28 = zext i1 %t27 to i32
  %t29 = shl i32 %t28, 2
  %t30 = or i32 %t26, %t29
  %t31 = icmp sle i16 %a, %b
  %t32 = zext i1 %t31 to i32
  %t33 = shl i32 %t32, 3
  %t34 = or i32 %t30, %t33
  %t35 = icmp sgt i16 %a, %b
  %t36 = zext i1 %t35 to i32
  %t37 = shl i32 %t36, 4
  %t38 = or i32 %t34, %t37
  %t39 = icmp sge i16 %a, %b
  %t40 = zext i1 %t39 to i32
  %t41 = shl i32 %t40, 5
  %t42 = or i32 %t38, %t41
  %t43 = icmp ult i16 %a, %b
  %t44 = zext i1 %t43 to i32
  %t45 = shl i32 %t44, 6
  %t46 = or i32 %t42, %t45
  %t47 = icmp ule i16 %a, %b
  %t48 = zext i1 %t47 to i32
  %t49 = shl i32 %t48, 7
  %t50 = or i32 %t46, %t49
  %t51 = icmp ugt i16 %a, %b
  %t52 = zext i1 %t51 to i32
  %t53 = shl i32 %t52, 8
  %t54 = or i32 %t50, %t53
  %t55 = icmp uge i16 %a, %b
  %t56 = zext i1 %t55 to i32
  %t57 = shl i32 %t56, 9
  %t58 = or i32 %t54, %t57
  %t59 = zext i32 %t58 to i64
  call void @p(i64 %t59)
  %t60 = icmp slt i16 %a, %b
  %t61 = select i1 %t60, i16 %a, i16 %b
  %t62 = sext i16 %t61 to i64
  call void @p(i64 %t62)
  %t63 = zext i16 %a to i64
  call void @p(i64 %t63)
  %t64 = sext i16 %a to i64
  call void @p(i64 %t64)
  %nz = icmp ne i16 %b, 0
  br i1 %nz, label %div, label %end
div:
  %t65 = udiv i16 %a, %b
  %t66 = zext i16 %t65 to i64
  call void @p(i64 %t66)
  %t67 = urem i16 %a, %b
  %t68 = zext i16 %t67 to i64
  call void @p(i64 %t68)
  %ismin = icmp eq i16 %a, -32768
  %ism1 = icmp eq i16 %b, -1
  %bad = and i1 %ismin, %ism1
  br i1 %bad, label %end, label %sdiv
sdiv:
  %t69 = sdiv i16 %a, %b
  %t70 = sext i16 %t69 to i64
  call void @p(i64 %t70)
  %t71 = srem i16 %a, %b
  %t72 = sext i16 %t71 to i64
  call void @p(i64 %t72)
  br label %end
end:
  %slot = alloca i16
  store i16 %a, ptr %slot
  %t73 = load i16, ptr %slot
  %t74 = sext i16 %t73 to i64
  call void @p(i64 %t74)
  %t75 = trunc i16 %a to i1
  %t76 = sext i1 %t75 to i64
  call void @p(i64 %t76)
  %t77 = trunc i16 %a to i5
  %t78 = sext i5 %t77 to i64
  call void @p(i64 %t78)
  %t79 = trunc i16 %a to i13
  %t80 = sext i13 %t79 to i64
  call void @p(i64 %t80)
  %t81 = sext i16 %b to i32
  %t82 = zext i32 %t81 to i64
  call void @p(i64 %t82)
  %t83 = sext i16 %b to i36
  %t84 = zext i36 %t83 to i64
  call void @p(i64 %t84)
  %t85 = sext i16 %b to i64
  call void @p(i64 %t85)
  call void @nl()
  ret void
}

define internal void @w17(i17 %a, i17 %b) {
entry:
  %t1 = add i17 %a, %b
  %t2 = sext i17 %t1 to i64
  call void @p(i64 %t2)
  %t3 = sub i17 %a, %b
  %t4 = sext i17 %t3 to i64
  call void @p(i64 %t4)
  %t5 = mul i17 %a, %b
  %t6 = sext i17 %t5 to i64
  call void @p(i64 %t6)
  %t7 = and i17 %a, %b
  %t8 = sext i17 %t7 to i64
  call void @p(i64 %t8)
  %t9 = or i17 %a, %b
  %t10 = sext i17 %t9 to i64
  call void @p(i64 %t10)
  %t11 = xor i17 %a, %b
  %t12 = sext i17 %t11 to i64
  call void @p(i64 %t12)
  %t13 = urem i17 %b, 17
  %t14 = shl i17 %a, %t13
  %t15 = zext i17 %t14 to i64
  call void @p(i64 %t15)
  %t16 = lshr i17 %a, %t13
  %t17 = zext i17 %t16 to i64
  call void @p(i64 %t17)
  %t18 = ashr i17 %a, %t13
  %t19 = zext i17 %t18 to i64
  call void @p(i64 %t19)
  %t20 = icmp eq i17 %a, %b
  %t21 = zext i1 %t20 to i32
  %t22 = shl i32 %t21, 0
  %t23 = icmp ne i17 %a, %b
  %t24 = zext i1 %t23 to i32
  %t25 = shl i32 %t24, 1
  %t26 = or i32 %t22, %t25
  %t27 = icmp slt i17 %a, %b
  %t28 = zext i1 %t27 to i32
  %t29 = shl i32 %t28, 2
  %t30 = or i32 %t26, %t29
  %t31 = icmp sle i17 %a, %b
  %t32 = zext i1 %t31 to i32
  %t33 = shl i32 %t32, 3
  %t34 = or i32 %t30, %t33
  %t35 = icmp sgt i17 %a, %b
  %t36 = zext i1 %t35 to i32
  %t37 = shl i32 %t36, 4
  %t38 = or i32 %t34, %t37
  %t39 = icmp sge i17 %a, %b
  %t40 = zext i1 %t39 to i32
  %t41 = shl i32 %t40, 5
  %t42 = or i32 %t38, %t41
  %t43 = icmp ult i17 %a, %b
  %t44 = zext i1 %t43 to i32
  %t45 = shl i32 %t44, 6
  %t46 = or i32 %t42, %t45
  %t47 = icmp ule i17 %a, %b
  %t48 = zext i1 %t47 to i32
  %t49 = shl i32 %t48, 7
  %t50 = or i32 %t46, %t49
  %t51 = icmp ugt i17 %a, %b
  %t52 = zext i1 %t51 to i32
  %t53 = shl i32 %t52, 8
  %t54 = or i32 %t50, %t53
  %t55 = icmp uge i17 %a, %b
  %t56 = zext i1 %t55 to i32
  %t57 = shl i32 %t56, 9
  %t58 = or i32 %t54, %t57
  %t59 = zext i32 %t58 to i64
  call void @p(i64 %t59)
  %t60 = icmp slt i17 %a, %b
  %t61 = select i1 %t60, i17 %a, i17 %b
  %t62 = sext i17 %t61 to i64
  call void @p(i64 %t62)
  %t63 = zext i17 %a to i64
  call void @p(i64 %t63)
  %t64 = sext i17 %a to i64
  call void @p(i64 %t64)
  %nz = icmp ne i17 %b, 0
  br i1 %nz, label %div, label %end
div:
  %t65 = udiv i17 %a, %b
  %t66 = zext i17 %t65 to i64
  call void @p(i64 %t66)
  %t67 = urem i17 %a, %b
  %t68 = zext i17 %t67 to i64
  call void @p(i64 %t68)
  %ismin = icmp eq i17 %a, -65536
  %ism1 = icmp eq i17 %b, -1
  %bad = and i1 %ismin, %ism1
  br i1 %bad, label %end, label %sdiv
sdiv:
  %t69 = sdiv i17 %a, %b
  %t70 = sext i17 %t69 to i64
  call void @p(i64 %t70)
  %t71 = srem i17 %a, %b
  %t72 = sext i17 %t71 to i64
  call void @p(i64 %t72)
  br label %end
end:
  %slot = alloca i17
  store i17 %a, ptr %slot
  %t73 = load i17, ptr %slot
  %t74 = sext i17 %t73 to i64
  call void @p(i64 %t74)
  %t75 = trunc i17 %a to i1
  %t76 = sext i1 %t75 to i64
  call void @p(i64 %t76)
  %t77 = trunc i17 %a to i5
  %t78 = sext i5 %t77 to i64
  call void @p(i64 %t78)
  %t79 = trunc i17 %a to i13
  %t80 = sext i13 %t79 to i64
  call void @p(i64 %t80)
  %t81 = sext i17 %b to i32
  %t82 = zext i32 %t81 to i64
  call void @p(i64 %t82)
  %t83 = sext i17 %b to i36
  %t84 = zext i36 %t83 to i64
  call void @p(i64 %t84)
  %t85 = sext i17 %b to i64
  call void @p(i64 %t85)
  call void @nl()
  ret void
}

define internal void @w24(i24 %a, i24 %b) {
entry:
  %t1 = add i24 %a, %b
  %t2 = sext i24 %t1 to i64
  call void @p(i64 %t2)
  %t3 = sub i24 %a, %b
  %t4 = sext i24 %t3 to i64
  call void @p(i64 %t4)
  %t5 = mul i24 %a, %b
  %t6 = sext i24 %t5 to i64
  call void @p(i64 %t6)
  %t7 = and i24 %a, %b
  %t8 = sext i24 %t7 to i64
  call void @p(i64 %t8)
  %t9 = or i24 %a, %b
  %t10 = sext i24 %t9 to i64
  call void @p(i64 %t10)
  %t11 = xor i24 %a, %b
  %t12 = sext i24 %t11 to i64
  call void @p(i64 %t12)
  %t13 = urem i24 %b, 24
  %t14 = shl i24 %a, %t13
  %t15 = zext i24 %t14 to i64
  call void @p(i64 %t15)
  %t16 = lshr i24 %a, %t13
  %t17 = zext i24 %t16 to i64
  call void @p(i64 %t17)
  %t18 = ashr i24 %a, %t13
  %t19 = zext i24 %t18 to i64
  call void @p(i64 %t19)
  %t20 = icmp eq i24 %a, %b
  %t21 = zext i1 %t20 to i32
  %t22 = shl i32 %t21, 0
  %t23 = icmp ne i24 %a, %b
  %t24 = zext i1 %t23 to i32
  %t25 = shl i32 %t24, 1
  %t26 = or i32 %t22, %t25
  %t27 = icmp slt i24 %a, %b
  %t28 = zext i1 %t27 to i32
  %t29 = shl i32 %t28, 2
  %t30 = or i32 %t26, %t29
  %t31 = icmp sle i24 %a, %b
  %t32 = zext i1 %t31 to i32
  %t33 = shl i32 %t32, 3
  %t34 = or i32 %t30, %t33
  %t35 = icmp sgt i24 %a, %b
  %t36 = zext i1 %t35 to i32
  %t37 = shl i32 %t36, 4
  %t38 = or i32 %t34, %t37
  %t39 = icmp sge i24 %a, %b
  %t40 = zext i1 %t39 to i32
  %t41 = shl i32 %t40, 5
  %t42 = or i32 %t38, %t41
  %t43 = icmp ult i24 %a, %b
  %t44 = zext i1 %t43 to i32
  %t45 = shl i32 %t44, 6
  %t46 = or i32 %t42, %t45
  %t47 = icmp ule i24 %a, %b
  %t48 = zext i1 %t47 to i32
  %t49 = shl i32 %t48, 7
  %t50 = or i32 %t46, %t49
  %t51 = icmp ugt i24 %a, %b
  %t52 = zext i1 %t51 to i32
  %t53 = shl i32 %t52, 8
  %t54 = or i32 %t50, %t53
  %t55 = icmp uge i24 %a, %b
  %t56 = zext i1 %t55 to i32
  %t57 = shl i32 %t56, 9
  %t58 = or i32 %t54, %t57
  %t59 = zext i32 %t58 to i64
  call void @p(i64 %t59)
  %t60 = icmp slt i24 %a, %b
  %t61 = select i1 %t60, i24 %a, i24 %b
  %t62 = sext i24 %t61 to i64
  call void @p(i64 %t62)
  %t63 = zext i24 %a to i64
  call void @p(i64 %t63)
  %t64 = sext i24 %a to i64
  call void @p(i64 %t64)
  %nz = icmp ne i24 %b, 0
  br i1 %nz, label %div, label %end
div:
  %t65 = udiv i24 %a, %b
  %t66 = zext i24 %t65 to i64
  call void @p(i64 %t66)
  %t67 = urem i24 %a, %b
  %t68 = zext i24 %t67 to i64
  call void @p(i64 %t68)
  %ismin = icmp eq i24 %a, -8388608
  %ism1 = icmp eq i24 %b, -1
  %bad = and i1 %ismin, %ism1
  br i1 %bad, label %end, label %sdiv
sdiv:
  %t69 = sdiv i24 %a, %b
  %t70 = sext i24 %t69 to i64
  call void @p(i64 %t70)
  %t71 = srem i24 %a, %b
  %t72 = sext i24 %t71 to i64
  call void @p(i64 %t72)
  br label %end
end:
  %slot = alloca i24
  store i24 %a, ptr %slot
  %t73 = load i24, ptr %slot
  %t74 = sext i24 %t73 to i64
  call void @p(i64 %t74)
  %t75 = trunc i24 %a to i1
  %t76 = sext i1 %t75 to i64
  call void @p(i64 %t76)
  %t77 = trunc i24 %a to i5
  %t78 = sext i5 %t77 to i64
  call void @p(i64 %t78)
  %t79 = trunc i24 %a to i13
  %t80 = sext i13 %t79 to i64
  call void @p(i64 %t80)
  %t81 = sext i24 %b to i32
  %t82 = zext i32 %t81 to i64
  call void @p(i64 %t82)
  %t83 = sext i24 %b to i36
  %t84 = zext i36 %t83 to i64
  call void @p(i64 %t84)
  %t85 = sext i24 %b to i64
  call void @p(i64 %t85)
  call void @nl()
  ret void
}

define internal void @w31(i31 %a, i31 %b) {
entry:
  %t1 = add i31 %a, %b
  %t2 = sext i31 %t1 to i64
  call void @p(i64 %t2)
  %t3 = sub i31 %a, %b
  %t4 = sext i31 %t3 to i64
  call void @p(i64 %t4)
  %t5 = mul i31 %a, %b
  %t6 = sext i31 %t5 to i64
  call void @p(i64 %t6)
  %t7 = and i31 %a, %b
  %t8 = sext i31 %t7 to i64
  call void @p(i64 %t8)
  %t9 = or i31 %a, %b
  %t10 = sext i31 %t9 to i64
  call void @p(i64 %t10)
  %t11 = xor i31 %a, %b
  %t12 = sext i31 %t11 to i64
  call void @p(i64 %t12)
  %t13 = urem i31 %b, 31
  %t14 = shl i31 %a, %t13
  %t15 = zext i31 %t14 to i64
  call void @p(i64 %t15)
  %t16 = lshr i31 %a, %t13
  %t17 = zext i31 %t16 to i64
  call void @p(i64 %t17)
  %t18 = ashr i31 %a, %t13
  %t19 = zext i31 %t18 to i64
  call void @p(i64 %t19)
  %t20 = icmp eq i31 %a, %b
  %t21 = zext i1 %t20 to i32
  %t22 = shl i32 %t21, 0
  %t23 = icmp ne i31 %a, %b
  %t24 = zext i1 %t23 to i32
  %t25 = shl i32 %t24, 1
  %t26 = or i32 %t22, %t25
  %t27 = icmp slt i31 %a, %b
  %t28 = zext i1 %t27 to i32
  %t29 = shl i32 %t28, 2
  %t30 = or i32 %t26, %t29
  %t31 = icmp sle i31 %a, %b
  %t32 = zext i1 %t31 to i32
  %t33 = shl i32 %t32, 3
  %t34 = or i32 %t30, %t33
  %t35 = icmp sgt i31 %a, %b
  %t36 = zext i1 %t35 to i32
  %t37 = shl i32 %t36, 4
  %t38 = or i32 %t34, %t37
  %t39 = icmp sge i31 %a, %b
  %t40 = zext i1 %t39 to i32
  %t41 = shl i32 %t40, 5
  %t42 = or i32 %t38, %t41
  %t43 = icmp ult i31 %a, %b
  %t44 = zext i1 %t43 to i32
  %t45 = shl i32 %t44, 6
  %t46 = or i32 %t42, %t45
  %t47 = icmp ule i31 %a, %b
  %t48 = zext i1 %t47 to i32
  %t49 = shl i32 %t48, 7
  %t50 = or i32 %t46, %t49
  %t51 = icmp ugt i31 %a, %b
  %t52 = zext i1 %t51 to i32
  %t53 = shl i32 %t52, 8
  %t54 = or i32 %t50, %t53
  %t55 = icmp uge i31 %a, %b
  %t56 = zext i1 %t55 to i32
  %t57 = shl i32 %t56, 9
  %t58 = or i32 %t54, %t57
  %t59 = zext i32 %t58 to i64
  call void @p(i64 %t59)
  %t60 = icmp slt i31 %a, %b
  %t61 = select i1 %t60, i31 %a, i31 %b
  %t62 = sext i31 %t61 to i64
  call void @p(i64 %t62)
  %t63 = zext i31 %a to i64
  call void @p(i64 %t63)
  %t64 = sext i31 %a to i64
  call void @p(i64 %t64)
  %nz = icmp ne i31 %b, 0
  br i1 %nz, label %div, label %end
div:
  %t65 = udiv i31 %a, %b
  %t66 = zext i31 %t65 to i64
  call void @p(i64 %t66)
  %t67 = urem i31 %a, %b
  %t68 = zext i31 %t67 to i64
  call void @p(i64 %t68)
  %ismin = icmp eq i31 %a, -1073741824
  %ism1 = icmp eq i31 %b, -1
  %bad = and i1 %ismin, %ism1
  br i1 %bad, label %end, label %sdiv
sdiv:
  %t69 = sdiv i31 %a, %b
  %t70 = sext i31 %t69 to i64
  call void @p(i64 %t70)
  %t71 = srem i31 %a, %b
  %t72 = sext i31 %t71 to i64
  call void @p(i64 %t72)
  br label %end
end:
  %slot = alloca i31
  store i31 %a, ptr %slot
  %t73 = load i31, ptr %slot
  %t74 = sext i31 %t73 to i64
  call void @p(i64 %t74)
  %t75 = trunc i31 %a to i1
  %t76 = sext i1 %t75 to i64
  call void @p(i64 %t76)
  %t77 = trunc i31 %a to i5
  %t78 = sext i5 %t77 to i64
  call void @p(i64 %t78)
  %t79 = trunc i31 %a to i13
  %t80 = sext i13 %t79 to i64
  call void @p(i64 %t80)
  %t81 = sext i31 %b to i32
  %t82 = zext i32 %t81 to i64
  call void @p(i64 %t82)
  %t83 = sext i31 %b to i36
  %t84 = zext i36 %t83 to i64
  call void @p(i64 %t84)
  %t85 = sext i31 %b to i64
  call void @p(i64 %t85)
  call void @nl()
  ret void
}

define internal void @w32(i32 %a, i32 %b) {
entry:
  %t1 = add i32 %a, %b
  %t2 = sext i32 %t1 to i64
  call void @p(i64 %t2)
  %t3 = sub i32 %a, %b
  %t4 = sext i32 %t3 to i64
  call void @p(i64 %t4)
  %t5 = mul i32 %a, %b
  %t6 = sext i32 %t5 to i64
  call void @p(i64 %t6)
  %t7 = and i32 %a, %b
  %t8 = sext i32 %t7 to i64
  call void @p(i64 %t8)
  %t9 = or i32 %a, %b
  %t10 = sext i32 %t9 to i64
  call void @p(i64 %t10)
  %t11 = xor i32 %a, %b
  %t12 = sext i32 %t11 to i64
  call void @p(i64 %t12)
  %t13 = urem i32 %b, 32
  %t14 = shl i32 %a, %t13
  %t15 = zext i32 %t14 to i64
  call void @p(i64 %t15)
  %t16 = lshr i32 %a, %t13
  %t17 = zext i32 %t16 to i64
  call void @p(i64 %t17)
  %t18 = ashr i32 %a, %t13
  %t19 = zext i32 %t18 to i64
  call void @p(i64 %t19)
  %t20 = icmp eq i32 %a, %b
  %t21 = zext i1 %t20 to i32
  %t22 = shl i32 %t21, 0
  %t23 = icmp ne i32 %a, %b
  %t24 = zext i1 %t23 to i32
  %t25 = shl i32 %t24, 1
  %t26 = or i32 %t22, %t25
  %t27 = icmp slt i32 %a, %b
  %t28 = zext i1 %t27 to i32
  %t29 = shl i32 %t28, 2
  %t30 = or i32 %t26, %t29
  %t31 = icmp sle i32 %a, %b
  %t32 = zext i1 %t31 to i32
  %t33 = shl i32 %t32, 3
  %t34 = or i32 %t30, %t33
  %t35 = icmp sgt i32 %a, %b
  %t36 = zext i1 %t35 to i32
  %t37 = shl i32 %t36, 4
  %t38 = or i32 %t34, %t37
  %t39 = icmp sge i32 %a, %b
  %t40 = zext i1 %t39 to i32
  %t41 = shl i32 %t40, 5
  %t42 = or i32 %t38, %t41
  %t43 = icmp ult i32 %a, %b
  %t44 = zext i1 %t43 to i32
  %t45 = shl i32 %t44, 6
  %t46 = or i32 %t42, %t45
  %t47 = icmp ule i32 %a, %b
  %t48 = zext i1 %t47 to i32
  %t49 = shl i32 %t48, 7
  %t50 = or i32 %t46, %t49
  %t51 = icmp ugt i32 %a, %b
  %t52 = zext i1 %t51 to i32
  %t53 = shl i32 %t52, 8
  %t54 = or i32 %t50, %t53
  %t55 = icmp uge i32 %a, %b
  %t56 = zext i1 %t55 to i32
  %t57 = shl i32 %t56, 9
  %t58 = or i32 %t54, %t57
  %t59 = zext i32 %t58 to i64
  call void @p(i64 %t59)
  %t60 = icmp slt i32 %a, %b
  %t61 = select i1 %t60, i32 %a, i32 %b
  %t62 = sext i32 %t61 to i64
  call void @p(i64 %t62)
  %t63 = zext i32 %a to i64
  call void @p(i64 %t63)
  %t64 = sext i32 %a to i64
  call void @p(i64 %t64)
  %nz = icmp ne i32 %b, 0
  br i1 %nz, label %div, label %end
div:
  %t65 = udiv i32 %a, %b
  %t66 = zext i32 %t65 to i64
  call void @p(i64 %t66)
  %t67 = urem i32 %a, %b
  %t68 = zext i32 %t67 to i64
  call void @p(i64 %t68)
  %ismin = icmp eq i32 %a, -2147483648
  %ism1 = icmp eq i32 %b, -1
  %bad = and i1 %ismin, %ism1
  br i1 %bad, label %end, label %sdiv
sdiv:
  %t69 = sdiv i32 %a, %b
  %t70 = sext i32 %t69 to i64
  call void @p(i64 %t70)
  %t71 = srem i32 %a, %b
  %t72 = sext i32 %t71 to i64
  call void @p(i64 %t72)
  br label %end
end:
  %slot = alloca i32
  store i32 %a, ptr %slot
  %t73 = load i32, ptr %slot
  %t74 = sext i32 %t73 to i64
  call void @p(i64 %t74)
  %t75 = trunc i32 %a to i1
  %t76 = sext i1 %t75 to i64
  call void @p(i64 %t76)
  %t77 = trunc i32 %a to i5
  %t78 = sext i5 %t77 to i64
  call void @p(i64 %t78)
  %t79 = trunc i32 %a to i13
  %t80 = sext i13 %t79 to i64
  call void @p(i64 %t80)
  %t81 = sext i32 %b to i36
  %t82 = zext i36 %t81 to i64
  call void @p(i64 %t82)
  %t83 = sext i32 %b to i64
  call void @p(i64 %t83)
  call void @nl()
  ret void
}

define internal void @w33(i33 %a, i33 %b) {
entry:
  %t1 = add i33 %a, %b
  %t2 = sext i33 %t1 to i64
  call void @p(i64 %t2)
  %t3 = sub i33 %a, %b
  %t4 = sext i33 %t3 to i64
  call void @p(i64 %t4)
  %t5 = mul i33 %a, %b
  %t6 = sext i33 %t5 to i64
  call void @p(i64 %t6)
  %t7 = and i33 %a, %b
  %t8 = sext i33 %t7 to i64
  call void @p(i64 %t8)
  %t9 = or i33 %a, %b
  %t10 = sext i33 %t9 to i64
  call void @p(i64 %t10)
  %t11 = xor i33 %a, %b
  %t12 = sext i33 %t11 to i64
  call void @p(i64 %t12)
  %t13 = urem i33 %b, 33
  %t14 = shl i33 %a, %t13
  %t15 = zext i33 %t14 to i64
  call void @p(i64 %t15)
  %t16 = lshr i33 %a, %t13
  %t17 = zext i33 %t16 to i64
  call void @p(i64 %t17)
  %t18 = ashr i33 %a, %t13
  %t19 = zext i33 %t18 to i64
  call void @p(i64 %t19)
  %t20 = icmp eq i33 %a, %b
  %t21 = zext i1 %t20 to i32
  %t22 = shl i32 %t21, 0
  %t23 = icmp ne i33 %a, %b
  %t24 = zext i1 %t23 to i32
  %t25 = shl i32 %t24, 1
  %t26 = or i32 %t22, %t25
  %t27 = icmp slt i33 %a, %b
  %t28 = zext i1 %t27 to i32
  %t29 = shl i32 %t28, 2
  %t30 = or i32 %t26, %t29
  %t31 = icmp sle i33 %a, %b
  %t32 = zext i1 %t31 to i32
  %t33 = shl i32 %t32, 3
  %t34 = or i32 %t30, %t33
  %t35 = icmp sgt i33 %a, %b
  %t36 = zext i1 %t35 to i32
  %t37 = shl i32 %t36, 4
  %t38 = or i32 %t34, %t37
  %t39 = icmp sge i33 %a, %b
  %t40 = zext i1 %t39 to i32
  %t41 = shl i32 %t40, 5
  %t42 = or i32 %t38, %t41
  %t43 = icmp ult i33 %a, %b
  %t44 = zext i1 %t43 to i32
  %t45 = shl i32 %t44, 6
  %t46 = or i32 %t42, %t45
  %t47 = icmp ule i33 %a, %b
  %t48 = zext i1 %t47 to i32
  %t49 = shl i32 %t48, 7
  %t50 = or i32 %t46, %t49
  %t51 = icmp ugt i33 %a, %b
  %t52 = zext i1 %t51 to i32
  %t53 = shl i32 %t52, 8
  %t54 = or i32 %t50, %t53
  %t55 = icmp uge i33 %a, %b
  %t56 = zext i1 %t55 to i32
  %t57 = shl i32 %t56, 9
  %t58 = or i32 %t54, %t57
  %t59 = zext i32 %t58 to i64
  call void @p(i64 %t59)
  %t60 = icmp slt i33 %a, %b
  %t61 = select i1 %t60, i33 %a, i33 %b
  %t62 = sext i33 %t61 to i64
  call void @p(i64 %t62)
  %t63 = zext i33 %a to i64
  call void @p(i64 %t63)
  %t64 = sext i33 %a to i64
  call void @p(i64 %t64)
  %nz = icmp ne i33 %b, 0
  br i1 %nz, label %div, label %end
div:
  %t65 = udiv i33 %a, %b
  %t66 = zext i33 %t65 to i64
  call void @p(i64 %t66)
  %t67 = urem i33 %a, %b
  %t68 = zext i33 %t67 to i64
  call void @p(i64 %t68)
  %ismin = icmp eq i33 %a, -4294967296
  %ism1 = icmp eq i33 %b, -1
  %bad = and i1 %ismin, %ism1
  br i1 %bad, label %end, label %sdiv
sdiv:
  %t69 = sdiv i33 %a, %b
  %t70 = sext i33 %t69 to i64
  call void @p(i64 %t70)
  %t71 = srem i33 %a, %b
  %t72 = sext i33 %t71 to i64
  call void @p(i64 %t72)
  br label %end
end:
  %t73 = trunc i33 %a to i1
  %t74 = sext i1 %t73 to i64
  call void @p(i64 %t74)
  %t75 = trunc i33 %a to i5
  %t76 = sext i5 %t75 to i64
  call void @p(i64 %t76)
  %t77 = trunc i33 %a to i13
  %t78 = sext i13 %t77 to i64
  call void @p(i64 %t78)
  %t79 = trunc i33 %a to i32
  %t80 = sext i32 %t79 to i64
  call void @p(i64 %t80)
  %t81 = sext i33 %b to i36
  %t82 = zext i36 %t81 to i64
  call void @p(i64 %t82)
  %t83 = sext i33 %b to i64
  call void @p(i64 %t83)
  call void @nl()
  ret void
}

define internal void @w40(i40 %a, i40 %b) {
entry:
  %t1 = add i40 %a, %b
  %t2 = sext i40 %t1 to i64
  call void @p(i64 %t2)
  %t3 = sub i40 %a, %b
  %t4 = sext i40 %t3 to i64
  call void @p(i64 %t4)
  %t5 = mul i40 %a, %b
  %t6 = sext i40 %t5 to i64
  call void @p(i64 %t6)
  %t7 = and i40 %a, %b
  %t8 = sext i40 %t7 to i64
  call void @p(i64 %t8)
  %t9 = or i40 %a, %b
  %t10 = sext i40 %t9 to i64
  call void @p(i64 %t10)
  %t11 = xor i40 %a, %b
  %t12 = sext i40 %t11 to i64
  call void @p(i64 %t12)
  %t13 = urem i40 %b, 40
  %t14 = shl i40 %a, %t13
  %t15 = zext i40 %t14 to i64
  call void @p(i64 %t15)
  %t16 = lshr i40 %a, %t13
  %t17 = zext i40 %t16 to i64
  call void @p(i64 %t17)
  %t18 = ashr i40 %a, %t13
  %t19 = zext i40 %t18 to i64
  call void @p(i64 %t19)
  %t20 = icmp eq i40 %a, %b
  %t21 = zext i1 %t20 to i32
  %t22 = shl i32 %t21, 0
  %t23 = icmp ne i40 %a, %b
  %t24 = zext i1 %t23 to i32
  %t25 = shl i32 %t24, 1
  %t26 = or i32 %t22, %t25
  %t27 = icmp slt i40 %a, %b
  %t28 = zext i1 %t27 to i32
  %t29 = shl i32 %t28, 2
  %t30 = or i32 %t26, %t29
  %t31 = icmp sle i40 %a, %b
  %t32 = zext i1 %t31 to i32
  %t33 = shl i32 %t32, 3
  %t34 = or i32 %t30, %t33
  %t35 = icmp sgt i40 %a, %b
  %t36 = zext i1 %t35 to i32
  %t37 = shl i32 %t36, 4
  %t38 = or i32 %t34, %t37
  %t39 = icmp sge i40 %a, %b
  %t40 = zext i1 %t39 to i32
  %t41 = shl i32 %t40, 5
  %t42 = or i32 %t38, %t41
  %t43 = icmp ult i40 %a, %b
  %t44 = zext i1 %t43 to i32
  %t45 = shl i32 %t44, 6
  %t46 = or i32 %t42, %t45
  %t47 = icmp ule i40 %a, %b
  %t48 = zext i1 %t47 to i32
  %t49 = shl i32 %t48, 7
  %t50 = or i32 %t46, %t49
  %t51 = icmp ugt i40 %a, %b
  %t52 = zext i1 %t51 to i32
  %t53 = shl i32 %t52, 8
  %t54 = or i32 %t50, %t53
  %t55 = icmp uge i40 %a, %b
  %t56 = zext i1 %t55 to i32
  %t57 = shl i32 %t56, 9
  %t58 = or i32 %t54, %t57
  %t59 = zext i32 %t58 to i64
  call void @p(i64 %t59)
  %t60 = icmp slt i40 %a, %b
  %t61 = select i1 %t60, i40 %a, i40 %b
  %t62 = sext i40 %t61 to i64
  call void @p(i64 %t62)
  %t63 = zext i40 %a to i64
  call void @p(i64 %t63)
  %t64 = sext i40 %a to i64
  call void @p(i64 %t64)
  %nz = icmp ne i40 %b, 0
  br i1 %nz, label %div, label %end
div:
  %t65 = udiv i40 %a, %b
  %t66 = zext i40 %t65 to i64
  call void @p(i64 %t66)
  %t67 = urem i40 %a, %b
  %t68 = zext i40 %t67 to i64
  call void @p(i64 %t68)
  %ismin = icmp eq i40 %a, -549755813888
  %ism1 = icmp eq i40 %b, -1
  %bad = and i1 %ismin, %ism1
  br i1 %bad, label %end, label %sdiv
sdiv:
  %t69 = sdiv i40 %a, %b
  %t70 = sext i40 %t69 to i64
  call void @p(i64 %t70)
  %t71 = srem i40 %a, %b
  %t72 = sext i40 %t71 to i64
  call void @p(i64 %t72)
  br label %end
end:
  %t73 = trunc i40 %a to i1
  %t74 = sext i1 %t73 to i64
  call void @p(i64 %t74)
  %t75 = trunc i40 %a to i5
  %t76 = sext i5 %t75 to i64
  call void @p(i64 %t76)
  %t77 = trunc i40 %a to i13
  %t78 = sext i13 %t77 to i64
  call void @p(i64 %t78)
  %t79 = trunc i40 %a to i32
  %t80 = sext i32 %t79 to i64
  call void @p(i64 %t80)
  %t81 = trunc i40 %a to i36
  %t82 = sext i36 %t81 to i64
  call void @p(i64 %t82)
  %t83 = sext i40 %b to i64
  call void @p(i64 %t83)
  call void @nl()
  ret void
}

define internal void @w48(i48 %a, i48 %b) {
entry:
  %t1 = add i48 %a, %b
  %t2 = sext i48 %t1 to i64
  call void @p(i64 %t2)
  %t3 = sub i48 %a, %b
  %t4 = sext i48 %t3 to i64
  call void @p(i64 %t4)
  %t5 = mul i48 %a, %b
  %t6 = sext i48 %t5 to i64
  call void @p(i64 %t6)
  %t7 = and i48 %a, %b
  %t8 = sext i48 %t7 to i64
  call void @p(i64 %t8)
  %t9 = or i48 %a, %b
  %t10 = sext i48 %t9 to i64
  call void @p(i64 %t10)
  %t11 = xor i48 %a, %b
  %t12 = sext i48 %t11 to i64
  call void @p(i64 %t12)
  %t13 = urem i48 %b, 48
  %t14 = shl i48 %a, %t13
  %t15 = zext i48 %t14 to i64
  call void @p(i64 %t15)
  %t16 = lshr i48 %a, %t13
  %t17 = zext i48 %t16 to i64
  call void @p(i64 %t17)
  %t18 = ashr i48 %a, %t13
  %t19 = zext i48 %t18 to i64
  call void @p(i64 %t19)
  %t20 = icmp eq i48 %a, %b
  %t21 = zext i1 %t20 to i32
  %t22 = shl i32 %t21, 0
  %t23 = icmp ne i48 %a, %b
  %t24 = zext i1 %t23 to i32
  %t25 = shl i32 %t24, 1
  %t26 = or i32 %t22, %t25
  %t27 = icmp slt i48 %a, %b
  %t28 = zext i1 %t27 to i32
  %t29 = shl i32 %t28, 2
  %t30 = or i32 %t26, %t29
  %t31 = icmp sle i48 %a, %b
  %t32 = zext i1 %t31 to i32
  %t33 = shl i32 %t32, 3
  %t34 = or i32 %t30, %t33
  %t35 = icmp sgt i48 %a, %b
  %t36 = zext i1 %t35 to i32
  %t37 = shl i32 %t36, 4
  %t38 = or i32 %t34, %t37
  %t39 = icmp sge i48 %a, %b
  %t40 = zext i1 %t39 to i32
  %t41 = shl i32 %t40, 5
  %t42 = or i32 %t38, %t41
  %t43 = icmp ult i48 %a, %b
  %t44 = zext i1 %t43 to i32
  %t45 = shl i32 %t44, 6
  %t46 = or i32 %t42, %t45
  %t47 = icmp ule i48 %a, %b
  %t48 = zext i1 %t47 to i32
  %t49 = shl i32 %t48, 7
  %t50 = or i32 %t46, %t49
  %t51 = icmp ugt i48 %a, %b
  %t52 = zext i1 %t51 to i32
  %t53 = shl i32 %t52, 8
  %t54 = or i32 %t50, %t53
  %t55 = icmp uge i48 %a, %b
  %t56 = zext i1 %t55 to i32
  %t57 = shl i32 %t56, 9
  %t58 = or i32 %t54, %t57
  %t59 = zext i32 %t58 to i64
  call void @p(i64 %t59)
  %t60 = icmp slt i48 %a, %b
  %t61 = select i1 %t60, i48 %a, i48 %b
  %t62 = sext i48 %t61 to i64
  call void @p(i64 %t62)
  %t63 = zext i48 %a to i64
  call void @p(i64 %t63)
  %t64 = sext i48 %a to i64
  call void @p(i64 %t64)
  %nz = icmp ne i48 %b, 0
  br i1 %nz, label %div, label %end
div:
  %t65 = udiv i48 %a, %b
  %t66 = zext i48 %t65 to i64
  call void @p(i64 %t66)
  %t67 = urem i48 %a, %b
  %t68 = zext i48 %t67 to i64
  call void @p(i64 %t68)
  %ismin = icmp eq i48 %a, -140737488355328
  %ism1 = icmp eq i48 %b, -1
  %bad = and i1 %ismin, %ism1
  br i1 %bad, label %end, label %sdiv
sdiv:
  %t69 = sdiv i48 %a, %b
  %t70 = sext i48 %t69 to i64
  call void @p(i64 %t70)
  %t71 = srem i48 %a, %b
  %t72 = sext i48 %t71 to i64
  call void @p(i64 %t72)
  br label %end
end:
  %t73 = trunc i48 %a to i1
  %t74 = sext i1 %t73 to i64
  call void @p(i64 %t74)
  %t75 = trunc i48 %a to i5
  %t76 = sext i5 %t75 to i64
  call void @p(i64 %t76)
  %t77 = trunc i48 %a to i13
  %t78 = sext i13 %t77 to i64
  call void @p(i64 %t78)
  %t79 = trunc i48 %a to i32
  %t80 = sext i32 %t79 to i64
  call void @p(i64 %t80)
  %t81 = trunc i48 %a to i36
  %t82 = sext i36 %t81 to i64
  call void @p(i64 %t82)
  %t83 = sext i48 %b to i64
  call void @p(i64 %t83)
  call void @nl()
  ret void
}

define internal void @w63(i63 %a, i63 %b) {
entry:
  %t1 = add i63 %a, %b
  %t2 = sext i63 %t1 to i64
  call void @p(i64 %t2)
  %t3 = sub i63 %a, %b
  %t4 = sext i63 %t3 to i64
  call void @p(i64 %t4)
  %t5 = mul i63 %a, %b
  %t6 = sext i63 %t5 to i64
  call void @p(i64 %t6)
  %t7 = and i63 %a, %b
  %t8 = sext i63 %t7 to i64
  call void @p(i64 %t8)
  %t9 = or i63 %a, %b
  %t10 = sext i63 %t9 to i64
  call void @p(i64 %t10)
  %t11 = xor i63 %a, %b
  %t12 = sext i63 %t11 to i64
  call void @p(i64 %t12)
  %t13 = urem i63 %b, 63
  %t14 = shl i63 %a, %t13
  %t15 = zext i63 %t14 to i64
  call void @p(i64 %t15)
  %t16 = lshr i63 %a, %t13
  %t17 = zext i63 %t16 to i64
  call void @p(i64 %t17)
  %t18 = ashr i63 %a, %t13
  %t19 = zext i63 %t18 to i64
  call void @p(i64 %t19)
  %t20 = icmp eq i63 %a, %b
  %t21 = zext i1 %t20 to i32
  %t22 = shl i32 %t21, 0
  %t23 = icmp ne i63 %a, %b
  %t24 = zext i1 %t23 to i32
  %t25 = shl i32 %t24, 1
  %t26 = or i32 %t22, %t25
  %t27 = icmp slt i63 %a, %b
  %t28 = zext i1 %t27 to i32
  %t29 = shl i32 %t28, 2
  %t30 = or i32 %t26, %t29
  %t31 = icmp sle i63 %a, %b
  %t32 = zext i1 %t31 to i32
  %t33 = shl i32 %t32, 3
  %t34 = or i32 %t30, %t33
  %t35 = icmp sgt i63 %a, %b
  %t36 = zext i1 %t35 to i32
  %t37 = shl i32 %t36, 4
  %t38 = or i32 %t34, %t37
  %t39 = icmp sge i63 %a, %b
  %t40 = zext i1 %t39 to i32
  %t41 = shl i32 %t40, 5
  %t42 = or i32 %t38, %t41
  %t43 = icmp ult i63 %a, %b
  %t44 = zext i1 %t43 to i32
  %t45 = shl i32 %t44, 6
  %t46 = or i32 %t42, %t45
  %t47 = icmp ule i63 %a, %b
  %t48 = zext i1 %t47 to i32
  %t49 = shl i32 %t48, 7
  %t50 = or i32 %t46, %t49
  %t51 = icmp ugt i63 %a, %b
  %t52 = zext i1 %t51 to i32
  %t53 = shl i32 %t52, 8
  %t54 = or i32 %t50, %t53
  %t55 = icmp uge i63 %a, %b
  %t56 = zext i1 %t55 to i32
  %t57 = shl i32 %t56, 9
  %t58 = or i32 %t54, %t57
  %t59 = zext i32 %t58 to i64
  call void @p(i64 %t59)
  %t60 = icmp slt i63 %a, %b
  %t61 = select i1 %t60, i63 %a, i63 %b
  %t62 = sext i63 %t61 to i64
  call void @p(i64 %t62)
  %t63 = zext i63 %a to i64
  call void @p(i64 %t63)
  %t64 = sext i63 %a to i64
  call void @p(i64 %t64)
  %nz = icmp ne i63 %b, 0
  br i1 %nz, label %div, label %end
div:
  %t65 = udiv i63 %a, %b
  %t66 = zext i63 %t65 to i64
  call void @p(i64 %t66)
  %t67 = urem i63 %a, %b
  %t68 = zext i63 %t67 to i64
  call void @p(i64 %t68)
  %ismin = icmp eq i63 %a, -4611686018427387904
  %ism1 = icmp eq i63 %b, -1
  %bad = and i1 %ismin, %ism1
  br i1 %bad, label %end, label %sdiv
sdiv:
  %t69 = sdiv i63 %a, %b
  %t70 = sext i63 %t69 to i64
  call void @p(i64 %t70)
  %t71 = srem i63 %a, %b
  %t72 = sext i63 %t71 to i64
  call void @p(i64 %t72)
  br label %end
end:
  %t73 = trunc i63 %a to i1
  %t74 = sext i1 %t73 to i64
  call void @p(i64 %t74)
  %t75 = trunc i63 %a to i5
  %t76 = sext i5 %t75 to i64
  call void @p(i64 %t76)
  %t77 = trunc i63 %a to i13
  %t78 = sext i13 %t77 to i64
  call void @p(i64 %t78)
  %t79 = trunc i63 %a to i32
  %t80 = sext i32 %t79 to i64
  call void @p(i64 %t80)
  %t81 = trunc i63 %a to i36
  %t82 = sext i36 %t81 to i64
  call void @p(i64 %t82)
  %t83 = sext i63 %b to i64
  call void @p(i64 %t83)
  call void @nl()
  ret void
}

define internal void @w64(i64 %a, i64 %b) {
entry:
  %t1 = add i64 %a, %b
  call void @p(i64 %t1)
  %t2 = sub i64 %a, %b
  call void @p(i64 %t2)
  %t3 = mul i64 %a, %b
  call void @p(i64 %t3)
  %t4 = and i64 %a, %b
  call void @p(i64 %t4)
  %t5 = or i64 %a, %b
  call void @p(i64 %t5)
  %t6 = xor i64 %a, %b
  call void @p(i64 %t6)
  %t7 = urem i64 %b, 64
  %t8 = shl i64 %a, %t7
  call void @p(i64 %t8)
  %t9 = lshr i64 %a, %t7
  call void @p(i64 %t9)
  %t10 = ashr i64 %a, %t7
  call void @p(i64 %t10)
  %t11 = icmp eq i64 %a, %b
  %t12 = zext i1 %t11 to i32
  %t13 = shl i32 %t12, 0
  %t14 = icmp ne i64 %a, %b
  %t15 = zext i1 %t14 to i32
  %t16 = shl i32 %t15, 1
  %t17 = or i32 %t13, %t16
  %t18 = icmp slt i64 %a, %b
  %t19 = zext i1 %t18 to i32
  %t20 = shl i32 %t19, 2
  %t21 = or i32 %t17, %t20
  %t22 = icmp sle i64 %a, %b
  %t23 = zext i1 %t22 to i32
  %t24 = shl i32 %t23, 3
  %t25 = or i32 %t21, %t24
  %t26 = icmp sgt i64 %a, %b
  %t27 = zext i1 %t26 to i32
  %t28 = shl i32 %t27, 4
  %t29 = or i32 %t25, %t28
  %t30 = icmp sge i64 %a, %b
  %t31 = zext i1 %t30 to i32
  %t32 = shl i32 %t31, 5
  %t33 = or i32 %t29, %t32
  %t34 = icmp ult i64 %a, %b
  %t35 = zext i1 %t34 to i32
  %t36 = shl i32 %t35, 6
  %t37 = or i32 %t33, %t36
  %t38 = icmp ule i64 %a, %b
  %t39 = zext i1 %t38 to i32
  %t40 = shl i32 %t39, 7
  %t41 = or i32 %t37, %t40
  %t42 = icmp ugt i64 %a, %b
  %t43 = zext i1 %t42 to i32
  %t44 = shl i32 %t43, 8
  %t45 = or i32 %t41, %t44
  %t46 = icmp uge i64 %a, %b
  %t47 = zext i1 %t46 to i32
  %t48 = shl i32 %t47, 9
  %t49 = or i32 %t45, %t48
  %t50 = zext i32 %t49 to i64
  call void @p(i64 %t50)
  %t51 = icmp slt i64 %a, %b
  %t52 = select i1 %t51, i64 %a, i64 %b
  call void @p(i64 %t52)
  call void @p(i64 %a)
  call void @p(i64 %a)
  %nz = icmp ne i64 %b, 0
  br i1 %nz, label %div, label %end
div:
  %t53 = udiv i64 %a, %b
  call void @p(i64 %t53)
  %t54 = urem i64 %a, %b
  call void @p(i64 %t54)
  %ismin = icmp eq i64 %a, -9223372036854775808
  %ism1 = icmp eq i64 %b, -1
  %bad = and i1 %ismin, %ism1
  br i1 %bad, label %end, label %sdiv
sdiv:
  %t55 = sdiv i64 %a, %b
  call void @p(i64 %t55)
  %t56 = srem i64 %a, %b
  call void @p(i64 %t56)
  br label %end
end:
  %slot = alloca i64
  store i64 %a, ptr %slot
  %t57 = load i64, ptr %slot
  call void @p(i64 %t57)
  %t58 = trunc i64 %a to i1
  %t59 = sext i1 %t58 to i64
  call void @p(i64 %t59)
  %t60 = trunc i64 %a to i5
  %t61 = sext i5 %t60 to i64
  call void @p(i64 %t61)
  %t62 = trunc i64 %a to i13
  %t63 = sext i13 %t62 to i64
  call void @p(i64 %t63)
  %t64 = trunc i64 %a to i32
  %t65 = sext i32 %t64 to i64
  call void @p(i64 %t65)
  %t66 = trunc i64 %a to i36
  %t67 = sext i36 %t66 to i64
  call void @p(i64 %t67)
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
  %aw1 = trunc i64 %x to i1
  %bw1 = trunc i64 %y to i1
  call void @w1(i1 %aw1, i1 %bw1)
  %aw3 = trunc i64 %x to i3
  %bw3 = trunc i64 %y to i3
  call void @w3(i3 %aw3, i3 %bw3)
  %aw7 = trunc i64 %x to i7
  %bw7 = trunc i64 %y to i7
  call void @w7(i7 %aw7, i7 %bw7)
  %aw8 = trunc i64 %x to i8
  %bw8 = trunc i64 %y to i8
  call void @w8(i8 %aw8, i8 %bw8)
  %aw12 = trunc i64 %x to i12
  %bw12 = trunc i64 %y to i12
  call void @w12(i12 %aw12, i12 %bw12)
  %aw16 = trunc i64 %x to i16
  %bw16 = trunc i64 %y to i16
  call void @w16(i16 %aw16, i16 %bw16)
  %aw17 = trunc i64 %x to i17
  %bw17 = trunc i64 %y to i17
  call void @w17(i17 %aw17, i17 %bw17)
  %aw24 = trunc i64 %x to i24
  %bw24 = trunc i64 %y to i24
  call void @w24(i24 %aw24, i24 %bw24)
  %aw31 = trunc i64 %x to i31
  %bw31 = trunc i64 %y to i31
  call void @w31(i31 %aw31, i31 %bw31)
  %aw32 = trunc i64 %x to i32
  %bw32 = trunc i64 %y to i32
  call void @w32(i32 %aw32, i32 %bw32)
  %aw33 = trunc i64 %x to i33
  %bw33 = trunc i64 %y to i33
  call void @w33(i33 %aw33, i33 %bw33)
  %aw40 = trunc i64 %x to i40
  %bw40 = trunc i64 %y to i40
  call void @w40(i40 %aw40, i40 %bw40)
  %aw48 = trunc i64 %x to i48
  %bw48 = trunc i64 %y to i48
  call void @w48(i48 %aw48, i48 %bw48)
  %aw63 = trunc i64 %x to i63
  %bw63 = trunc i64 %y to i63
  call void @w63(i63 %aw63, i63 %bw63)
  call void @w64(i64 %x, i64 %y)
  %i2 = add i32 %i, 1
  %done = icmp eq i32 %i2, 16
  br i1 %done, label %exit, label %loop
exit:
  ret i32 0
}
