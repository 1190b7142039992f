; Debug information: llvm.dbg.declare/llvm.dbg.value and !dbg locations change nothing in what the
; program does; built with -g (debuginfo.flags) they give a line table, and without it (the
; optimisation levels still run the debug intrinsics through LLVM) they are dropped.
declare void @"\01io.print_i32"(i32)
declare void @llvm.dbg.declare(metadata, metadata, metadata)
declare void @llvm.dbg.value(metadata, metadata, metadata)

@in = global [4 x i32] [i32 3, i32 -8, i32 21, i32 5]

define internal i32 @sum(ptr %p, i32 %n) !dbg !10 {
entry:
  %acc = alloca i32, align 4
  call void @llvm.dbg.declare(metadata ptr %acc, metadata !14, metadata !DIExpression()), !dbg !20
  store i32 0, ptr %acc, align 4, !dbg !20
  br label %loop, !dbg !21
loop:
  %i = phi i32 [ 0, %entry ], [ %i1, %loop ], !dbg !22
  call void @llvm.dbg.value(metadata i32 %i, metadata !15, metadata !DIExpression()), !dbg !22
  %q = getelementptr i32, ptr %p, i32 %i, !dbg !23
  %v = load i32, ptr %q, align 4, !dbg !23
  %a = load i32, ptr %acc, align 4, !dbg !23
  %s = add i32 %a, %v, !dbg !23
  store i32 %s, ptr %acc, align 4, !dbg !23
  call void @llvm.dbg.value(metadata i32 %s, metadata !16, metadata !DIExpression(DW_OP_plus_uconst, 1, DW_OP_stack_value)), !dbg !23
  %i1 = add i32 %i, 1, !dbg !22
  %d = icmp eq i32 %i1, %n, !dbg !22
  br i1 %d, label %out, label %loop, !dbg !22
out:
  %r = load i32, ptr %acc, align 4, !dbg !24
  ret i32 %r, !dbg !24
}

define i32 @main() !dbg !30 {
  %r = call i32 @sum(ptr @in, i32 4), !dbg !31
  call void @"\01io.print_i32"(i32 %r), !dbg !31
  ret i32 0, !dbg !32
}

!llvm.dbg.cu = !{!0}
!llvm.module.flags = !{!3, !4}
!0 = distinct !DICompileUnit(language: DW_LANG_C11, file: !1, producer: "hand-written", isOptimized: false, runtimeVersion: 0, emissionKind: FullDebug)
!1 = !DIFile(filename: "debuginfo.c", directory: "/src")
!3 = !{i32 7, !"Dwarf Version", i32 5}
!4 = !{i32 2, !"Debug Info Version", i32 3}
!5 = !DIBasicType(name: "int", size: 32, encoding: DW_ATE_signed)
!6 = !DISubroutineType(types: !7)
!7 = !{!5}
!10 = distinct !DISubprogram(name: "sum", scope: !1, file: !1, line: 3, type: !6, scopeLine: 4, spFlags: DISPFlagDefinition, unit: !0, retainedNodes: !13)
!13 = !{!14, !15, !16}
!14 = !DILocalVariable(name: "acc", scope: !10, file: !1, line: 5, type: !5)
!15 = !DILocalVariable(name: "i", scope: !10, file: !1, line: 6, type: !5)
!16 = !DILocalVariable(name: "next", scope: !10, file: !1, line: 7, type: !5)
!20 = !DILocation(line: 5, column: 9, scope: !10)
!21 = !DILocation(line: 6, column: 5, scope: !10)
!22 = !DILocation(line: 6, column: 14, scope: !10)
!23 = !DILocation(line: 7, column: 13, scope: !10)
!24 = !DILocation(line: 8, column: 5, scope: !10)
!30 = distinct !DISubprogram(name: "main", scope: !1, file: !1, line: 11, type: !6, scopeLine: 12, spFlags: DISPFlagDefinition, unit: !0)
!31 = !DILocation(line: 13, column: 5, scope: !30)
!32 = !DILocation(line: 14, column: 5, scope: !30)
