; memcpy, memmove (overlapping both ways) and memset with constant and variable lengths and values,
; the .inline variants, and the intrinsics that only describe or annotate (lifetime, assume, expect,
; noalias scope declarations, objectsize, sideeffect, donothing, invariant, launder, annotations,
; prefetch, is.constant): they must leave the program's meaning alone.
declare void @"\01io.print_i32"(i32)
declare i32 @"\01io.putchar"(i32)
declare void @llvm.memcpy.p0.p0.i32(ptr, ptr, i32, i1)
declare void @llvm.memmove.p0.p0.i32(ptr, ptr, i32, i1)
declare void @llvm.memset.p0.i32(ptr, i8, i32, i1)
declare void @llvm.memcpy.inline.p0.p0.i32(ptr, ptr, i32, i1)
declare void @llvm.memset.inline.p0.i32(ptr, i8, i32, i1)
declare void @llvm.lifetime.start.p0(i64, ptr)
declare void @llvm.lifetime.end.p0(i64, ptr)
declare void @llvm.assume(i1)
declare i32 @llvm.expect.i32(i32, i32)
declare i1 @llvm.expect.i1(i1, i1)
declare void @llvm.experimental.noalias.scope.decl(metadata)
declare i32 @llvm.objectsize.i32.p0(ptr, i1, i1, i1)
declare void @llvm.sideeffect()
declare void @llvm.donothing()
declare ptr @llvm.invariant.start.p0(i64, ptr)
declare void @llvm.invariant.end.p0(ptr, i64, ptr)
declare ptr @llvm.launder.invariant.group.p0(ptr)
declare ptr @llvm.strip.invariant.group.p0(ptr)
declare void @llvm.var.annotation.p0.p0(ptr, ptr, ptr, i32, ptr)
declare void @llvm.prefetch.p0(ptr, i32, i32, i32)
declare i1 @llvm.is.constant.i32(i32)

@buf = global [64 x i8] zeroinitializer
@other = global [64 x i8] zeroinitializer
@lens = global [7 x i32] [i32 0, i32 1, i32 3, i32 8, i32 17, i32 32, i32 40]
@fill = global i8 -91
@note = private constant [5 x i8] c"note\00"

define internal void @p(i32 %v) {
  call void @"\01io.print_i32"(i32 %v)
  %c = call i32 @"\01io.putchar"(i32 32)
  ret void
}

; prints every byte of @buf (unsigned) on one line
define internal void @dump() {
entry:
  br label %loop
loop:
  %i = phi i32 [ 0, %entry ], [ %i1, %loop ]
  %q = getelementptr [64 x i8], ptr @buf, i32 0, i32 %i
  %b = load i8, ptr %q
  %w = zext i8 %b to i32
  call void @p(i32 %w)
  %i1 = add i32 %i, 1
  %d = icmp eq i32 %i1, 64
  br i1 %d, label %out, label %loop
out:
  %c = call i32 @"\01io.putchar"(i32 10)
  ret void
}

define internal void @reset() {
entry:
  br label %loop
loop:
  %i = phi i32 [ 0, %entry ], [ %i1, %loop ]
  %q = getelementptr [64 x i8], ptr @buf, i32 0, i32 %i
  %v = trunc i32 %i to i8
  store i8 %v, ptr %q
  %i1 = add i32 %i, 1
  %d = icmp eq i32 %i1, 64
  br i1 %d, label %out, label %loop
out:
  ret void
}

define internal i32 @len(i32 %k) {
  %q = getelementptr [7 x i32], ptr @lens, i32 0, i32 %k
  %n = load i32, ptr %q
  ret i32 %n
}

define i32 @main() {
entry:
  br label %loop
loop:
  %k = phi i32 [ 0, %entry ], [ %k1, %loop ]
  %n = call i32 @len(i32 %k)
  ; forward overlap: dst above src
  call void @reset()
  %d3 = getelementptr i8, ptr @buf, i32 3
  call void @llvm.memmove.p0.p0.i32(ptr %d3, ptr @buf, i32 %n, i1 false)
  call void @dump()
  ; backward overlap: dst below src
  call void @reset()
  %s5 = getelementptr i8, ptr @buf, i32 5
  call void @llvm.memmove.p0.p0.i32(ptr @buf, ptr %s5, i32 %n, i1 false)
  call void @dump()
  ; memset with a value loaded at run time, at an odd offset
  call void @reset()
  %f = load i8, ptr @fill
  %d7 = getelementptr i8, ptr @buf, i32 7
  call void @llvm.memset.p0.i32(ptr %d7, i8 %f, i32 %n, i1 false)
  call void @dump()
  ; memcpy between distinct objects
  call void @reset()
  %o9 = getelementptr i8, ptr @other, i32 9
  call void @llvm.memcpy.p0.p0.i32(ptr %o9, ptr @buf, i32 %n, i1 false)
  %o9b = getelementptr i8, ptr @other, i32 9
  call void @llvm.memcpy.p0.p0.i32(ptr @buf, ptr %o9b, i32 %n, i1 true)
  %e = getelementptr i8, ptr @buf, i32 20
  call void @llvm.memset.p0.i32(ptr %e, i8 0, i32 %n, i1 true)
  call void @dump()
  %k1 = add i32 %k, 1
  %done = icmp eq i32 %k1, 7
  br i1 %done, label %fixed, label %loop

fixed:
  ; constant lengths (small ones expand inline), .inline forms, a local buffer with lifetimes
  call void @reset()
  %a = alloca [24 x i8], align 4
  call void @llvm.lifetime.start.p0(i64 24, ptr %a)
  call void @llvm.memset.inline.p0.i32(ptr %a, i8 99, i32 24, i1 false)
  %a2 = getelementptr i8, ptr %a, i32 2
  call void @llvm.memcpy.inline.p0.p0.i32(ptr %a2, ptr @buf, i32 13, i1 false)
  %b40 = getelementptr i8, ptr @buf, i32 40
  call void @llvm.memcpy.p0.p0.i32(ptr %b40, ptr %a, i32 24, i1 false)
  call void @llvm.lifetime.end.p0(i64 24, ptr %a)
  call void @llvm.memset.p0.i32(ptr @buf, i8 -1, i32 8, i1 false)
  %b1 = getelementptr i8, ptr @buf, i32 1
  call void @llvm.memmove.p0.p0.i32(ptr %b1, ptr @buf, i32 4, i1 false)
  call void @dump()
  ; intrinsics that say something about the program, not what it does
  %n3 = call i32 @len(i32 3)
  %pos = icmp sgt i32 %n3, 0
  call void @llvm.assume(i1 %pos)
  %x = call i32 @llvm.expect.i32(i32 %n3, i32 8)
  %c = call i1 @llvm.expect.i1(i1 %pos, i1 true)
  call void @llvm.experimental.noalias.scope.decl(metadata !0)
  %os = call i32 @llvm.objectsize.i32.p0(ptr @buf, i1 false, i1 true, i1 false)
  call void @llvm.sideeffect()
  call void @llvm.donothing()
  %inv = call ptr @llvm.invariant.start.p0(i64 4, ptr @lens)
  call void @llvm.invariant.end.p0(ptr %inv, i64 4, ptr @lens)
  %l = call ptr @llvm.launder.invariant.group.p0(ptr @buf)
  %st = call ptr @llvm.strip.invariant.group.p0(ptr %l)
  %v9 = getelementptr i8, ptr %st, i32 9
  %b9 = load i8, ptr %v9
  %b9w = zext i8 %b9 to i32
  call void @llvm.var.annotation.p0.p0(ptr @buf, ptr @note, ptr @note, i32 7, ptr null)
  call void @llvm.prefetch.p0(ptr @buf, i32 0, i32 3, i32 1)
  %isc = call i1 @llvm.is.constant.i32(i32 %n3)
  call void @p(i32 %x)
  %cw = zext i1 %c to i32
  call void @p(i32 %cw)
  %os64 = icmp eq i32 %os, 64           ; exact, or -1: unknown (both allowed)
  %osm1 = icmp eq i32 %os, -1
  %osok = or i1 %os64, %osm1
  %osw = zext i1 %osok to i32
  call void @p(i32 %osw)
  call void @p(i32 %b9w)
  ret i32 %n3
}

!0 = !{!1}
!1 = distinct !{!1, !2, !"scope"}
!2 = distinct !{!2, !"domain"}
