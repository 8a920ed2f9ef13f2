"""What the cross-encoder adds to the shipped answerability model on questions neither was trained on: the model's
logit for each question's best candidate (from the dump's answerability features, TOP_SCORE and MARGIN filled in from
the shipped ranker), the cross-encoder's score of that candidate, its best and its summed scores; each alone and a
logistic combination fitted in five folds by article, as AUC against near misses and the share of near misses turned
away at 4% and 10% false abstentions.
Usage: combine.py DUMP.jsonl SCORES.json answer-models.properties"""
import json,sys,math,re,random,os
sys.path.insert(0, os.path.dirname(__file__))
import data
import numpy as np
dump,scores,props=sys.argv[1:4]
ANS=['TOP_SCORE','MARGIN','TOP_LEXICAL','TOP_CONTEXT','TOP_DENSE','UNKNOWN','MISSING_RARE','MISSING','TYPE_MISSING','CONFLICT','NAMES_MISSING','PASSAGE_DENSE','TOP_FAR','NEGATION_UNMATCHED']
RK=data.NAMES  # Features.Name, as data.py reads the ranker
m={}
for line in open(props):
    mm=re.match(r'(\w+)\.(\w+) = (.*)',line)
    if mm: m[(mm.group(1),mm.group(2))]=[float(v) for v in mm.group(3).split(',')]
def lin(f,prefix,names):
    return sum(m[(prefix,n)][0]*(x-m[(prefix,n)][1])/m[(prefix,n)][2] for n,x in zip(names,f))+m[(prefix,'bias')][0]
ce={r['id']:r for r in json.load(open(scores))}
rows=[]
for line in open(dump):
    e=json.loads(line)
    if e['id'] not in ce or not e['parts'] or not e['parts'][0]['cands']: continue
    cands=sorted(e['parts'][0]['cands'],key=lambda c:-lin(c['f'],'ranker',RK))
    top=cands[0]; a=list(top['a']); s0=lin(top['f'],'ranker',RK)
    a[0]=s0; a[1]=s0-lin(cands[1]['f'],'ranker',RK) if len(cands)>1 else 1
    z=lin(a,'answerability',ANS)
    r=ce[e['id']]; c=r['c']
    rows.append(dict(id=e['id'],doc=e['doc'],y=e['answerable'] and not e['offTopic'],off=e['offTopic'],z=z,ce_top=c[0][1],ce_max=max(x[1] for x in c),
                     ce_lse=math.log(1+sum(math.exp(x[1]) for x in c))))
def auc(p,n):
    allv=sorted([(v,1) for v in p]+[(v,0) for v in n]); rs=0;i=0
    while i<len(allv):
        j=i
        while j<len(allv) and allv[j][0]==allv[i][0]: j+=1
        rs+=(i+j+1)/2*sum(1 for k in range(i,j) if allv[k][1]); i=j
    return (rs-len(p)*(len(p)+1)/2)/(len(p)*len(n))
near=[r for r in rows if not r['off']]
def report(name,f):
    p=sorted(f(r) for r in near if r['y']); n=[f(r) for r in near if not r['y']]; off=[f(r) for r in rows if r['off']]
    th=p[int(0.04*len(p))]  # 4% of answerable below
    print(f"{name:12} AUC near {auc(p,n):.3f} off {auc(p,off):.3f} | at fa 0.04: near-miss abstain {sum(x<th for x in n)/len(n):.3f}")
    th=p[int(0.10*len(p))]
    print(f"{'':12} at fa 0.10: near-miss abstain {sum(x<th for x in n)/len(n):.3f}")
print(len(rows),'questions,',sum(r['y'] for r in near),'answerable,',sum(not r['y'] for r in near),'near misses')
report('shipped z',lambda r:r['z'])
for k in ['ce_top','ce_max','ce_lse']: report(k,lambda r,k=k:r[k])
# logistic on [z, ce_top, ce_lse], CV by doc
docs=sorted({r['doc'] for r in near}); random.seed(1); random.shuffle(docs); fold={d:i%5 for i,d in enumerate(docs)}
X=np.array([[r['z'],r['ce_top'],r['ce_lse']] for r in near]); Y=np.array([r['y'] for r in near],float)
def fit(X,Y):
    w=np.zeros(X.shape[1]+1); Xb=np.hstack([X,np.ones((len(X),1))])
    for _ in range(2000):
        p=1/(1+np.exp(-Xb@w)); g=Xb.T@(p-Y)/len(Y)+1e-3*w; w-=0.5*g
    return w
out=np.zeros(len(near))
for f in range(5):
    tr=np.array([fold[r['doc']]!=f for r in near]); w=fit(X[tr],Y[tr])
    out[~tr]=np.hstack([X[~tr],np.ones(((~tr).sum(),1))])@w
for i,r in enumerate(near): r['comb']=out[i]
print('weights all data', fit(X,Y))
p=sorted(r['comb'] for r in near if r['y']); n=[r['comb'] for r in near if not r['y']]
th=p[int(0.04*len(p))]
print(f"combined CV  AUC near {auc(p,n):.3f} | at fa 0.04: near-miss abstain {sum(x<th for x in n)/len(n):.3f}; fa .10: {sum(x<p[int(0.10*len(p))] for x in n)/len(n):.3f}")
