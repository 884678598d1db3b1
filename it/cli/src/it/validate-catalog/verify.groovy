def log = new File(basedir, 'build.log').text
assert log.contains('BUILD SUCCESS')
assert log.contains('[INFO] Topic                                        Key             Partitions  Retention  Direction         Legacy name')
assert log =~ /\[INFO\] onex\.registry\.introspection\.requested\.v1 +request_id +3 +1 hour +Registry .+ Nodes +node\.request_introspection/
assert log =~ /\[INFO\] ONEX validate: 12 topics, 0 contracts, 15 files read: 0 errors, 0 warnings \(\d+ ms\)/
return true
